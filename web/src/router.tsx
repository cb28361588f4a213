// Every address of the app. Organization screens live under /orgs/:orgId, so a link always opens
// the same organization for whoever follows it (if they belong to it).
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../../src/auth/policy.js';
import { TokensPage } from './features/admin/TokensPage';
import { UsersPage } from './features/admin/UsersPage';
import { JournalPage } from './features/audit/JournalPage';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth } from './features/auth/RequireAuth';
import { MenteeBankPage } from './features/banks/MenteeBankPage';
import { MentorBankPage } from './features/banks/MentorBankPage';
import { CatalogPage } from './features/catalog/CatalogPage';
import { NotFoundPage } from './features/errors/NotFoundPage';
import { GroupsPage } from './features/groups/GroupsPage';
import { AppLayout } from './features/layout/AppLayout';
import { MatchingPage } from './features/matching/MatchingPage';
import { NetworkRequestsPage } from './features/network/NetworkRequestsPage';
import { OrderPage } from './features/orders/OrderPage';
import { OrdersPage } from './features/orders/OrdersPage';
import { HomePage } from './features/org/HomePage';
import { HomeRedirect } from './features/org/HomeRedirect';
import { OrgPage } from './features/org/OrgPage';
import { OrgScope } from './features/org/OrgScope';
import { RequirePermission } from './features/org/RequirePermission';
import { ProfilePage } from './features/profile/ProfilePage';
import { ProgramPage } from './features/programs/ProgramPage';
import { ProgramsPage } from './features/programs/ProgramsPage';
import { SetupPage } from './features/setup/SetupPage';
import { StaffCardPage } from './features/staff/StaffCardPage';
import { StaffCreatePage } from './features/staff/StaffCreatePage';
import { StaffEditPage } from './features/staff/StaffEditPage';
import { StaffListPage } from './features/staff/StaffListPage';
import { StaffImportPage } from './features/staff-import/StaffImportPage';
import { SurveyAnswerPage } from './features/surveys/SurveyAnswerPage';
import { SurveyPage } from './features/surveys/SurveyPage';
import { SurveysPage } from './features/surveys/SurveysPage';

const guarded = (permission: Permission, element: ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'profile', element: <ProfilePage /> },
          {
            path: 'orgs/:orgId',
            element: <OrgScope />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'staff', element: guarded('staff:read', <StaffListPage />) },
              { path: 'staff/new', element: guarded('staff:create', <StaffCreatePage />) },
              { path: 'staff/import', element: guarded('staff:create', <StaffImportPage />) },
              { path: 'staff/:id', element: guarded('staff:read', <StaffCardPage />) },
              { path: 'staff/:id/edit', element: guarded('staff:update', <StaffEditPage />) },
              { path: 'mentees', element: guarded('mentee:read', <MenteeBankPage />) },
              { path: 'mentors', element: guarded('mentor:read', <MentorBankPage />) },
              { path: 'matching', element: guarded('matching:run', <MatchingPage />) },
              { path: 'groups', element: guarded('group:read', <GroupsPage />) },
              { path: 'network', element: guarded('network:read', <NetworkRequestsPage />) },
              { path: 'orders', element: guarded('order:read', <OrdersPage />) },
              { path: 'orders/:id', element: guarded('order:read', <OrderPage />) },
              { path: 'programs', element: guarded('program:read', <ProgramsPage />) },
              { path: 'programs/:id', element: guarded('program:read', <ProgramPage />) },
              { path: 'surveys', element: guarded('survey:read', <SurveysPage />) },
              { path: 'surveys/:id', element: guarded('survey:read', <SurveyPage />) },
              { path: 'surveys/:id/answer', element: guarded('survey:respond', <SurveyAnswerPage />) },
              { path: 'catalog', element: guarded('difficulty:read', <CatalogPage />) },
              { path: 'organization', element: guarded('organization:read', <OrgPage />) },
              { path: 'journal', element: guarded('audit:read', <JournalPage />) },
              { path: 'admin/users', element: guarded('user:read', <UsersPage />) },
              { path: 'admin/tokens', element: guarded('token:manage', <TokensPage />) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
