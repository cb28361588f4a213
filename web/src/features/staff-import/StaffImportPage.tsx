// «Импорт из Excel»: choose a file, check it (a dry run: nothing is written), read the errors and
// the preview, then confirm. A changed file must be checked again before it can be imported.
import { Alert, Anchor, Button, FileInput, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconFileSpreadsheet, IconListCheck, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { isProblem } from '../../api/client';
import { auditKey, staffKey, statsKey } from '../../api/keys';
import { useT } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useOrg } from '../org/OrgScope';
import { StaffCrumbs } from '../staff/StaffCrumbs';
import { ImportReport } from './ImportReport';
import { type ImportResultView, templateUrl, uploadStaffFile } from './import-api';

type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done';

export function StaffImportPage() {
  const t = useT();
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [share, setShare] = useState(0);
  const [result, setResult] = useState<ImportResultView | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const busy = phase === 'checking' || phase === 'importing';

  const chooseFile = (next: File | null) => {
    setFile(next);
    setPhase('idle');
    setResult(null);
    setProblem(null);
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setPhase(dryRun ? 'checking' : 'importing');
    setShare(0);
    setProblem(null);
    try {
      const answer = await uploadStaffFile(orgId, file, dryRun, setShare);
      setResult(answer);
      setPhase(dryRun ? 'checked' : 'done');
      if (!dryRun) {
        await Promise.all(
          [staffKey(orgId), auditKey(orgId), statsKey(orgId)].map((queryKey) =>
            queryClient.invalidateQueries({ queryKey }),
          ),
        );
      }
    } catch (error) {
      setProblem(error);
      setPhase(dryRun ? 'idle' : 'checked');
    }
  };

  const uploading = busy && share < 1;
  const writable = !!result?.dryRun && result.created + result.updated > 0;

  return (
    <>
      <PageHeader
        above={<StaffCrumbs orgId={orgId} last={t('staffImport.crumb')} />}
        title={t('staffImport.title')}
        subtitle={t('staffImport.subtitle')}
        actions={
          <Button
            component="a"
            href={templateUrl(orgId)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('staffImport.template')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Stack gap="md">
            <FileInput
              label={t('staffImport.file')}
              description={t('staffImport.fileHint')}
              placeholder={t('staffImport.filePlaceholder')}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              value={file}
              onChange={chooseFile}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              disabled={busy}
              leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
              maw={520}
            />
            <Text size="sm" c="dimmed">
              {t('staffImport.templateHint')}{' '}
              <Anchor href={templateUrl(orgId)} download size="sm" underline="always">
                {t('staffImport.templateLink')}
              </Anchor>
            </Text>
            <Group gap="sm">
              <Button
                onClick={() => void send(true)}
                disabled={!file || busy || phase === 'done'}
                loading={phase === 'checking'}
                variant={writable ? 'default' : 'filled'}
                leftSection={<IconListCheck size={16} aria-hidden />}
              >
                {t('staffImport.check')}
              </Button>
              <Button
                onClick={() => void send(false)}
                disabled={!writable || busy}
                loading={phase === 'importing'}
                leftSection={<IconUpload size={16} aria-hidden />}
              >
                {t('staffImport.import')}
              </Button>
            </Group>
            {busy && (
              <Stack gap={4} aria-live="polite">
                <Progress
                  value={uploading ? Math.round(share * 100) : 100}
                  animated={!uploading}
                  striped={!uploading}
                  aria-label={t('staffImport.progressLabel')}
                />
                <Text size="sm" c="dimmed">
                  {uploading
                    ? t('staffImport.uploading', { percent: Math.round(share * 100) })
                    : t('staffImport.processing')}
                </Text>
              </Stack>
            )}
          </Stack>
        </Paper>

        {problem !== null && (
          <ProblemAlert title={isProblem(problem) ? problem.title : t('error.unexpected.title')}>
            {isProblem(problem) ? problem.detail : t('error.loadFailed')}
          </ProblemAlert>
        )}

        {result && phase === 'checked' && (
          <Alert
            variant="light"
            color="blue"
            title={t('staffImport.checkedTitle')}
            icon={<IconListCheck aria-hidden />}
          >
            {t(writable ? 'staffImport.checkedText' : 'staffImport.checkedNothing')}
          </Alert>
        )}
        {result && phase === 'done' && (
          <Alert variant="light" color="teal" title={t('staffImport.doneTitle')} icon={<IconCircleCheck aria-hidden />}>
            <Stack gap="xs">
              <Text size="sm">{t('staffImport.doneText', { created: result.created, updated: result.updated })}</Text>
              <Anchor component={Link} to={`/orgs/${orgId}/staff`} size="sm">
                {t('staffImport.toList')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        {result && <ImportReport result={result} />}
      </Stack>
    </>
  );
}
