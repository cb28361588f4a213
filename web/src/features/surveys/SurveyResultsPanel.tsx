// Results question by question: bars for choices and scales (with the mean and median of a
// scale), the texts of open questions, and the Excel book with every answer. Each chart has its
// figures as a table for screen readers.
import { BarChart } from '@mantine/charts';
import { Badge, Box, Button, Group, List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { Survey } from '../../../../src/surveys/survey-contract.js';
import { useT } from '../../i18n';
import { notifyError } from '../../lib/notify';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { LoadError } from '../errors/LoadError';
import { useOrg } from '../org/OrgScope';
import { downloadResults, type SurveyResults, useSurveyResults } from './survey-api';

type QuestionResult = SurveyResults['questions'][number];

// The charts are pictures of the tables beside them; only the tables are for keyboards and screen readers.
const quietChart = { accessibilityLayer: false } as const;
/** Counts over the bars; an empty bar needs no «0» above it. */
const countLabel = (n: number) => (n ? String(n) : '');

const number = (n: number) => n.toLocaleString('ru-RU', { maximumFractionDigits: 2 });

function FiguresTable({ caption, rows }: { caption: string; rows: { label: string; count: number }[] }) {
  const t = useT();
  return (
    <VisuallyHidden>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>{t('survey.res.option')}</th>
            <th>{t('survey.res.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td>{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}

function ChoiceChart({ q }: { q: QuestionResult }) {
  const t = useT();
  const data = (q.options ?? []).map((o) => ({ label: o.text, count: o.count }));
  const longest = Math.max(...data.map((d) => d.label.length), 4);
  return (
    <>
      <Box aria-hidden>
        <BarChart
          h={Math.max(120, data.length * 36 + 40)}
          data={data}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'count', label: t('survey.res.count'), color: 'teal.6' }]}
          yAxisProps={{ width: Math.min(320, longest * 7 + 16) }}
          xAxisProps={{ allowDecimals: false }}
          gridAxis="x"
          withBarValueLabel
          valueFormatter={countLabel}
          barChartProps={quietChart}
          maxBarWidth={26}
        />
      </Box>
      <FiguresTable caption={q.text} rows={data} />
    </>
  );
}

function ScaleChart({ q }: { q: QuestionResult }) {
  const t = useT();
  const scale = q.scale;
  if (!scale) return null;
  const data = scale.distribution.map((d) => ({ label: String(d.value), count: d.count }));
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="light" size="lg" tt="none">
          {t('survey.res.mean', { value: scale.mean === null ? '—' : number(scale.mean) })}
        </Badge>
        <Badge variant="light" color="gray" size="lg" tt="none">
          {t('survey.res.median', { value: scale.median === null ? '—' : number(scale.median) })}
        </Badge>
      </Group>
      <Box aria-hidden>
        <BarChart
          h={200}
          data={data}
          dataKey="label"
          series={[{ name: 'count', label: t('survey.res.count'), color: 'indigo.6' }]}
          yAxisProps={{ allowDecimals: false, width: 32 }}
          gridAxis="y"
          withBarValueLabel
          valueFormatter={countLabel}
          barChartProps={quietChart}
          maxBarWidth={40}
        />
      </Box>
      <FiguresTable caption={q.text} rows={data} />
    </Stack>
  );
}

function Texts({ q }: { q: QuestionResult }) {
  const t = useT();
  const texts = q.texts ?? [];
  if (texts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('survey.res.noTexts')}
      </Text>
    );
  return (
    <List spacing="xs" size="sm">
      {texts.map((x, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same words may come from two people
        <List.Item key={i}>
          {x.text}
          {x.respondentName && (
            <Text span size="xs" c="dimmed">
              {' '}
              — {x.respondentName}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

export function SurveyResultsPanel({ survey }: { survey: Survey }) {
  const t = useT();
  const { orgId } = useOrg();
  const results = useSurveyResults(orgId, survey.id, true);
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      await downloadResults(orgId, survey.id);
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };
  if (results.isPending) return <TableSkeleton />;
  if (results.error) return <LoadError error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">{t('survey.res.total', { n: r.responses })}</Text>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          onClick={() => void download()}
          loading={downloading}
        >
          {t('survey.res.download')}
        </Button>
      </Group>
      {r.questions.map((q, i) => (
        <Paper key={q.id} withBorder p="lg" component="section" aria-labelledby={`res-${q.id}`}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
            <Title order={2} size="h5" fw={600} id={`res-${q.id}`}>
              {i + 1}. {q.text}
            </Title>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('survey.res.answered', { n: q.answered })}
            </Text>
          </Group>
          {q.answered === 0 && q.type !== 'text' ? (
            <Text size="sm" c="dimmed">
              {t('survey.res.none')}
            </Text>
          ) : q.options ? (
            <ChoiceChart q={q} />
          ) : q.scale ? (
            <ScaleChart q={q} />
          ) : (
            <Texts q={q} />
          )}
        </Paper>
      ))}
    </Stack>
  );
}
