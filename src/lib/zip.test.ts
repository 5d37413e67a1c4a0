import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { zipTextFiles } from './zip';

describe('zipTextFiles', () => {
  it('puts every file, in UTF-8, in one folder', () => {
    const bytes = zipTextFiles('plan-bundle', [
      { name: 'apply.sh', text: 'kubectl apply -f workloads.yaml\n' },
      { name: 'workloads.yaml', text: '# 工作负载“推理”\nkind: Pod\n' },
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['plan-bundle/apply.sh', 'plan-bundle/workloads.yaml']);
    expect(strFromU8(files['plan-bundle/workloads.yaml'] ?? new Uint8Array())).toBe(
      '# 工作负载“推理”\nkind: Pod\n',
    );
  });
});
