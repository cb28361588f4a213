// Builds the Fastify application: security headers, cookies, the OpenAPI document, error
// handling, authentication, every capability's routes and the web UI's files.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminRoutes } from '../admin/admin-routes.js';
import { agreementRoutes } from '../agreements/agreement-routes.js';
import { auditRoutes } from '../audit/audit-routes.js';
import { authRoutes } from '../auth/auth-routes.js';
import { menteeRoutes } from '../banks/mentee-routes.js';
import { mentorRoutes } from '../banks/mentor-routes.js';
import { calendarRoutes } from '../calendar/calendar-routes.js';
import { catalogRoutes } from '../catalog/catalog-routes.js';
import { webDistFolder } from '../config/paths.js';
import { appVersion } from '../config/version.js';
import { consentRoutes } from '../consents/consent-routes.js';
import { consentScanRoutes } from '../consents/scan-routes.js';
import { groupRoutes } from '../groups/group-routes.js';
import { localeFromAcceptLanguage } from '../i18n/locale.js';
import { matchingRoutes } from '../matching/matching-routes.js';
import { networkRoutes } from '../network/network-routes.js';
import { orderRoutes } from '../orders/order-routes.js';
import { organizationRoutes } from '../organizations/organization-routes.js';
import { setupRoutes } from '../organizations/setup-routes.js';
import { myProgramRoutes } from '../programs/my-programs-routes.js';
import { programRecordRoutes } from '../programs/program-record-routes.js';
import { programRoutes } from '../programs/program-routes.js';
import { staffRoutes } from '../staff/staff-routes.js';
import { staffImportRoutes } from '../staff-import/import-routes.js';
import { surveyRoutes } from '../surveys/survey-routes.js';
import { authenticate, checkOrigin } from './authenticate.js';
import { problemOf, toProblem } from './problem.js';
import type { AppDeps } from './request-context.js';
import { responseSerializer } from './serializer.js';
import { validatorCompiler } from './validation.js';
import './request-context.js';

export interface AppOptions {
  logger?: boolean | { level: string };
  /** Serve the built web UI from dist/web (off in API tests). */
  serveWeb?: boolean;
  /**
   * Check every response against its route's zod schema (on in tests, where drift must fail
   * loudly). In production the presenters' types already fix the shape, and checking would cost a
   * sixth of a list request's time.
   */
  validateResponses?: boolean;
}

export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    // A request line Node cannot parse (say, raw non-ASCII in the URL) still gets a problem body.
    clientErrorHandler: (_error, socket) => {
      const body = JSON.stringify(problemOf('BAD_REQUEST', 'ru', { reason: 'неверная строка запроса' }));
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer({ validate: options.validateResponses ?? false }));
  app.decorate('deps', deps);
  app.decorateRequest('locale', 'ru');
  app.decorateRequest('auth', null);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes; no inline scripts are allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: deps.env.PUBLIC_URL?.startsWith('https://') ?? false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Наставник API',
        version: appVersion,
        description:
          'API системы наставничества педагогических работников. Ошибки — application/problem+json; ' +
          'язык сообщений выбирается заголовком Accept-Language (ru по умолчанию, en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'nastavnik_sid' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.addHook('onRequest', async (request) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
  });

  app.setErrorHandler((error, request, reply) => {
    const { problem, headers } = toProblem(error, request.locale);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    reply.status(problem.status).headers(headers).type('application/problem+json').send(problem);
  });

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({
    status: 'ok',
    db: deps.dbKind,
    version: appVersion,
    demo: deps.demo,
  }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(
    async (api) => {
      api.addHook('onRequest', checkOrigin);
      api.addHook('onRequest', authenticate);
      await api.register(setupRoutes);
      await api.register(authRoutes);
      await api.register(organizationRoutes);
      await api.register(staffRoutes);
      await api.register(staffImportRoutes);
      await api.register(auditRoutes);
      await api.register(matchingRoutes);
      await api.register(groupRoutes);
      await api.register(networkRoutes);
      await api.register(adminRoutes);
      await api.register(catalogRoutes);
      await api.register(consentRoutes);
      await api.register(consentScanRoutes);
      await api.register(programRoutes);
      await api.register(programRecordRoutes);
      await api.register(myProgramRoutes);
      await api.register(calendarRoutes);
      await api.register(menteeRoutes);
      await api.register(mentorRoutes);
      await api.register(surveyRoutes);
      await api.register(orderRoutes);
      await api.register(agreementRoutes);
    },
    { prefix: '/api/v1' },
  );

  const indexHtml = path.join(webDistFolder, 'index.html');
  const serveWeb = (options.serveWeb ?? true) && existsSync(indexHtml);
  if (serveWeb) {
    await app.register(fastifyStatic, { root: webDistFolder, wildcard: false, index: false });
  }
  const html = serveWeb ? readFileSync(indexHtml, 'utf8') : null;

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (url.startsWith('/api/') || !html || request.method !== 'GET') {
      reply.status(404).type('application/problem+json').send(problemOf('NOT_FOUND', request.locale));
      return;
    }
    // Client-side routes: the web app decides what to show, including its own 404 page.
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });

  return app;
}
