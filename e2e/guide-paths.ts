// The guide tree's five paths, as the guide's decision tree draws them: the contract the app must meet,
// written independently of the content files it checks.
export interface GuidePath {
  answers: [questionId: string, answerId: 'yes' | 'no'][];
  runtime: 'wasmedge' | 'runc';
}

export const GUIDE_PATHS: GuidePath[] = [
  {
    answers: [
      ['resource_constrained', 'yes'],
      ['strong_isolation', 'yes'],
    ],
    runtime: 'wasmedge',
  },
  {
    answers: [
      ['resource_constrained', 'yes'],
      ['strong_isolation', 'no'],
    ],
    runtime: 'runc',
  },
  {
    answers: [
      ['resource_constrained', 'no'],
      ['fast_startup', 'yes'],
    ],
    runtime: 'wasmedge',
  },
  {
    answers: [
      ['resource_constrained', 'no'],
      ['fast_startup', 'no'],
      ['gpu', 'yes'],
    ],
    runtime: 'wasmedge',
  },
  {
    answers: [
      ['resource_constrained', 'no'],
      ['fast_startup', 'no'],
      ['gpu', 'no'],
    ],
    runtime: 'runc',
  },
];

export const RUNTIME_NAMES: Record<string, string> = {
  wasmedge: 'WasmEdge',
  runc: 'runc/containerd',
  kata: 'Kata Containers',
  gvisor: 'gVisor',
};

export const QUESTION_TEXT_EN: Record<string, string> = {
  resource_constrained: 'Is the environment resource-constrained?',
  strong_isolation: 'Do you need strong isolation?',
  fast_startup: 'Do you need fast startup?',
  gpu: 'Do you need GPU acceleration?',
};

export function searchFor(path: GuidePath, lang: 'en' | 'zh' = 'en'): string {
  const answers = path.answers.map(([question, answer]) => `${question}=${answer}`).join('&');
  return `tree=guide&${answers}&lang=${lang}`;
}
