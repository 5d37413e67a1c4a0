// The deployment bundle for the whole plan on one target: each file as a code block with its
// own Copy, then Copy all and a zip of every file (fflate, loaded on the first download).
import { useId, useState } from 'react';
import type { Bundle, BundleTarget } from '../../domain/plan/bundle';
import { BUNDLE_TARGETS } from '../../domain/plan/bundle';
import { CopyButton } from '../../components/ui/copy-button';
import { format, useStrings } from '../../i18n';
import { planStrings } from './strings';

type ZipModule = typeof import('../../lib/zip');
let zipLoading: Promise<ZipModule> | undefined;

function loadZip(): Promise<ZipModule> {
  zipLoading ??= import('../../lib/zip').catch((error: unknown) => {
    zipLoading = undefined;
    throw error;
  });
  return zipLoading;
}

export function allFilesText(bundle: Bundle): string {
  return bundle.files.map((file) => `# ===== ${file.filename}\n${file.code}\n`).join('\n');
}

export function PlanBundle({
  bundle,
  target,
  onTarget,
}: {
  bundle: Bundle;
  target: BundleTarget;
  onTarget: (target: BundleTarget) => void;
}) {
  const t = useStrings(planStrings);
  const id = useId();
  const [zipState, setZipState] = useState<'idle' | 'preparing' | 'failed'>('idle');

  return (
    <section
      className="card plan-section"
      aria-labelledby={`${id}-heading`}
      data-testid="plan-bundle"
    >
      <h2 id={`${id}-heading`}>{t.bundleHeading}</h2>
      <p className="muted">{t.bundleLead}</p>
      <fieldset className="plan-targets">
        <legend>{t.targetLabel}</legend>
        {BUNDLE_TARGETS.map((option) => (
          <label key={option} className="plan-target">
            <input
              type="radio"
              name={`${id}-target`}
              value={option}
              checked={option === target}
              onChange={() => {
                onTarget(option);
              }}
            />
            {t[`target_${option}`]}
          </label>
        ))}
      </fieldset>
      {target === 'ctr' && <p className="muted">{t.ctrNote}</p>}
      <div className="plan-actions" onPointerEnter={() => void loadZip().catch(() => undefined)}>
        <CopyButton text={allFilesText(bundle)} label={t.copyAll} />
        <button
          type="button"
          className="btn"
          aria-busy={zipState === 'preparing' || undefined}
          onClick={() => {
            if (zipState === 'preparing') return;
            setZipState('preparing');
            loadZip().then(
              (zip) => {
                const folder = `runtime-plan-${target}`;
                zip.downloadZip(
                  zip.zipTextFiles(
                    folder,
                    bundle.files.map((file) => ({ name: file.filename, text: `${file.code}\n` })),
                  ),
                  `${folder}.zip`,
                );
                setZipState('idle');
              },
              () => {
                setZipState('failed');
              },
            );
          }}
        >
          {zipState === 'preparing' ? t.zipPreparing : t.downloadZip}
        </button>
      </div>
      {zipState === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{t.zipFailed}</p>
        </div>
      )}
      {bundle.files.map((file) => (
        <div
          key={file.filename}
          className="plan-file"
          data-testid="snippet"
          data-filename={file.filename}
          data-language={file.language}
        >
          <div className="plan-file-head">
            <h3>{file.title}</h3>
            <code className="plan-file-name">{format(t.fileLabel, { name: file.filename })}</code>
            <CopyButton text={file.code} />
          </div>
          <pre
            className="plan-code"
            // A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence tabIndex.
            // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
            tabIndex={0}
            aria-label={format(t.codeLabel, { title: file.filename })}
          >
            <code>{file.code}</code>
          </pre>
        </div>
      ))}
    </section>
  );
}
