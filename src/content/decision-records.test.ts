// The decision record's text for each path of the guide's tree, pinned. A change to the
// derivation or to the content shows up here as a diff a reviewer can read.
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../domain/engine';
import { enumeratePaths } from '../domain/tree-graph';
import { toDecisionRecord } from '../domain/decision-record';
// eslint-disable-next-line import-x/no-restricted-paths -- the record's wording comes from the strings table, as the app passes it
import { decisionRecordStrings } from '../i18n/decision-record-strings';
import { explain } from '../domain/explain';
import type { Lang } from '../domain/tree';
import { builtInContent, getTree } from './index';

const DATE = '2026-09-15';

function record(treeId: string, answers: Record<string, string>, lang: Lang = 'en'): string {
  const tree = getTree(builtInContent, treeId);
  if (!tree) throw new Error(treeId);
  const resolution = resolvePath(tree, answers);
  if (!resolution.outcome) throw new Error('no outcome');
  const search = new URLSearchParams({ tree: treeId, ...answers, lang }).toString();
  return toDecisionRecord({
    strings: decisionRecordStrings,
    content: builtInContent,
    tree,
    trees: builtInContent.trees,
    steps: resolution.steps,
    explanation: explain(
      builtInContent,
      tree,
      resolution.steps,
      resolution.outcome,
      builtInContent.trees,
    ),
    lang,
    date: DATE,
    shareUrl: `https://portal.example/tools/advisor/#/wizard?${search}`,
  });
}

describe('decision record, guide tree', () => {
  it('resource-constrained, strong isolation: WasmEdge', () => {
    expect(record('guide', { resource_constrained: 'yes', strong_isolation: 'yes' }))
      .toMatchInlineSnapshot(`
        "# Decision record: use WasmEdge as the container runtime

        - Status: proposed
        - Date: 2026-09-15
        - Decision tree: The guide’s decision tree (\`guide\`)
        - Prepared with: Runtime Advisor, from the runtime selection guide (2025)

        ## Context and problem statement

        Which container or sandbox runtime should this workload use? These are our answers to the questions of the decision tree:

        | Question | Answer |
        | --- | --- |
        | Is the environment resource-constrained? | Yes |
        | Do you need strong isolation? | Yes |

        ## Decision drivers

        - “Is the environment resource-constrained?” Yes: Resource use in the guide: “very low” (1-5MB). [1][2]
          - Published figures add: WAMR integrated into crun used 11-78% less memory than other Wasm runtimes, and Wasm used at least 16% less memory than Python containers. (Workshop talk (Intel4EC’25), crun-integrated Wasm on Kubernetes; WAMR, not WasmEdge.) [3]
          - Our inference: The guide’s “1-5MB” fits a WebAssembly module running in-process, not a Kubernetes pod: a pod that runs WasmEdge through a containerd shim also pays for the shim process and the pod’s own overhead. (Compare like with like: per module, or per pod.) [4]
        - “Do you need strong isolation?” Yes: Isolation strength in the guide: “very high” (5 stars). [5][2]
          - Our inference: The guide gives WasmEdge 5 isolation stars, equal to Kata Containers. That is questionable: WebAssembly’s sandbox is enforced in software and shares the host kernel, while Kata uses hardware virtualisation. (A judgement, not a measured or published figure.) [6]

        ## Disputed

        The guide’s tree leads here, but the guide’s 2025 practice names Kata Containers first for Strong isolation.

        In “Extended tree (ours, built on the guide)” the same answers go on to ask “Does it need GPU access?”.

        ## Considered options

        - WasmEdge (chosen)
        - runc/containerd
        - Kata Containers
        - gVisor

        ## Decision outcome

        Chosen option: **WasmEdge**, because the decision tree leads there from these answers: “WasmEdge · Y=4 sandbox isolation”, for “Edge / AI / Serverless scenarios”.

        The guide’s matrix scenario closest to these answers: “Edge computing”. [7]

        The guide’s 2025 recommendations that apply: [8]

        - Edge computing: first choice WasmEdge (WasmEdge 0.14.1: < 5 ms startup, < 3 MB memory); traditional alternative runc/containerd (Standard compatibility, rich ecosystem).
        - Strong isolation: first choice Kata Containers (VM-level isolation); second choice gVisor (User-space kernel).
          - Published figures disagree: WasmEdge 0.14.1 is outdated. Later releases: 0.15.0 (2025-08-04), 0.16.0 (2025-12-31), 0.16.4 (2026-06-12), 0.17.1 (2026-07-03). (Release tags as of about September 2026. 0.15.0 was already out when the guide (November 2025) called 0.14.1 the latest.) [9]

        ### Consequences

        - Good, because the guide rates Startup speed “very fast”. [2]
          - Published figures disagree: WasmEdge’s documentation says WasmEdge apps are 1/10 the size and have 1/10 the startup time of Linux containers. (A vendor claim without stated test conditions. A factor of 10, where the guide says 100-500 times faster than containers.) [10]
          - Our inference: The guide’s <10ms fits starting a module inside an already running WasmEdge process. Run as a containerd shim or Kubernetes pod, the pod sandbox and the shim dominate start-up time. (Our reading of the studies above; no study measured WasmEdge as a pod.) [11]
        - Good, because the guide rates Resource use “very low”. [2]
        - Good, because the guide rates Isolation strength “very high”. [2]
          - Our inference: The guide gives WasmEdge 5 isolation stars, equal to Kata Containers. That is questionable: WebAssembly’s sandbox is enforced in software and shares the host kernel, while Kata uses hardware virtualisation. (A judgement, not a measured or published figure.) [6]
        - Good, because the guide rates GPU support “✅ yes”. [2]
        - Bad, because the guide rates Compatibility “⚠️ partly”. [2]
        - Bad, because the guide rates Ecosystem support “⚠️ partly”. [2]
        - Matching case studies in the guide: “Case 1: edge computing runtime selection”.

        ## Why not the other options

        ### runc/containerd

        - Ruled out by “Do you need strong isolation?” Yes: Isolation strength “medium” (3 stars); WasmEdge: “very high” (5 stars). [5][2]
        - Weaker on “Is the environment resource-constrained?” Yes: Resource use “low” (10-50MB); WasmEdge: “very low” (1-5MB). [1][2]
          - Published figures disagree: An idle container (sleep) with runc used about 4.1 MB. (Host free memory before and after starting the containers, divided by the number of containers. The guide’s 10-50 MB is mostly the application.) [12]
        - WasmEdge is rated higher on Startup speed (“very fast” against “slow”), GPU support (“✅ yes” against “⚠️ partly”). [2]
        - It is rated higher on Compatibility (“✅ yes” against “⚠️ partly”), Ecosystem support (“✅ yes” against “⚠️ partly”). [2]
        - The guide’s 2025 practice names it the traditional alternative for Edge computing. [8]
        - The tree stops leading to it after “Do you need strong isolation?” Yes.
        - Answers that would lead to it: “Do you need strong isolation?” No.

        ### Kata Containers

        - Ruled out by “Is the environment resource-constrained?” Yes: Resource use “high” (100-200MB); WasmEdge: “very low” (1-5MB). [1][2]
        - Meets “Do you need strong isolation?” Yes as well: Isolation strength “very high” (5 stars). [5][2]
        - WasmEdge is rated higher on Startup speed (“very fast” against “slow”), GPU support (“✅ yes” against “⚠️ partly”). [2]
        - It is rated higher on Compatibility (“✅ yes” against “⚠️ partly”). [2]
        - The guide’s 2025 practice recommends it first for Strong isolation. [8]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” Yes.

        ### gVisor

        - Weaker on “Is the environment resource-constrained?” Yes: Resource use “medium” (20-50MB); WasmEdge: “very low” (1-5MB). [1][2]
        - Weaker on “Do you need strong isolation?” Yes: Isolation strength “high” (4 stars); WasmEdge: “very high” (5 stars). [5][2]
        - WasmEdge is rated higher on Startup speed (“very fast” against “medium”), GPU support (“✅ yes” against “❌ no”). [2]
        - The guide’s 2025 practice names it the second choice for Strong isolation. [8]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” No.

        ## Sources

        1. Our inference, not a published figure: The guide calls an environment resource-constrained at memory < 100 MB and CPU < 1 core, which we read as per node (the guide does not say). Its performance table puts Kata Containers at 100-200MB, the one runtime it rates “high” for resource use, so we read “high” as over that limit.
        2. The runtime selection guide (2025-11), section “Performance comparison”
        3. AtLarge Research, WebAssembly on Kubernetes, Intel4EC’25 (IPDPS workshop). <https://atlarge-research.com/talks/2025-intel4ec-wasm.html> (2025).
        4. Our inference, not a published figure: How WasmEdge runs in Kubernetes: a runwasi shim process per pod (runwasi benchmarks, cited on this page), plus the pod overhead Kubernetes accounts for.
        5. Our inference, not a published figure: The guide rates an ordinary shared-kernel container (runc) “medium”, 3 stars, and describes gVisor as “safer than a container”; we read strong isolation as “high” or “very high” in its feature table.
        6. Our inference, not a published figure: How each runtime isolates a workload: a software sandbox on a shared host kernel versus a hardware-virtualised guest kernel.
        7. The runtime selection guide (2025-11), section “Decision matrix”
        8. The runtime selection guide (2025-11), section “2025 practice”
        9. WasmEdge releases (WasmEdge/WasmEdge). <https://github.com/WasmEdge/WasmEdge/releases> (2026-07).
        10. WasmEdge documentation: Running with WasmEdge (Docker + Wasm). <https://wasmedge.org/docs/zh/category/running-with-wasmedge> (2026-09).
        11. Our inference, not a published figure: A peer-reviewed study (Kakati & Brorsson, SCITEPRESS 2025) and a workshop talk (AtLarge, Intel4EC’25) find Wasm-container start-up comparable to native containers.
        12. gVisor performance data: density.csv (google/gvisor, website/performance). <https://github.com/google/gvisor/blob/master/website/performance/density.csv> (2026-09).

        ## Share link

        Opens this result in Runtime Advisor:

        <https://portal.example/tools/advisor/#/wizard?tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en>
        "
      `);
  });

  it('resource-constrained, no strong isolation: runc', () => {
    expect(record('guide', { resource_constrained: 'yes', strong_isolation: 'no' }))
      .toMatchInlineSnapshot(`
        "# Decision record: use runc/containerd as the container runtime

        - Status: proposed
        - Date: 2026-09-15
        - Decision tree: The guide’s decision tree (\`guide\`)
        - Prepared with: Runtime Advisor, from the runtime selection guide (2025)

        ## Context and problem statement

        Which container or sandbox runtime should this workload use? These are our answers to the questions of the decision tree:

        | Question | Answer |
        | --- | --- |
        | Is the environment resource-constrained? | Yes |
        | Do you need strong isolation? | No |

        ## Decision drivers

        - “Is the environment resource-constrained?” Yes: Resource use in the guide: “low” (10-50MB). [1][2]
          - Published figures disagree: An idle container (sleep) with runc used about 4.1 MB. (Host free memory before and after starting the containers, divided by the number of containers. The guide’s 10-50 MB is mostly the application.) [3]
          - Published figures add: With runc, a node container used 76.7 MB and a ruby container 45.7 MB. (Host free memory before and after starting the containers, divided by the number of containers. Mostly the application’s own memory.) [3]

        ## Considered options

        - runc/containerd (chosen)
        - WasmEdge
        - Kata Containers
        - gVisor

        ## Decision outcome

        Chosen option: **runc/containerd**, because the decision tree leads there from these answers: “runc · Y=3 container isolation”, for “Traditional microservice scenarios”.

        The guide’s matrix scenario closest to these answers: “Microservices”. [4]

        The matrix marks “Resource constrained” differently from these answers.

        The guide’s 2025 recommendations have no entry for this scenario. [5]

        ### Consequences

        - Good, because the guide rates Resource use “low”. [2]
          - Published figures disagree: An idle container (sleep) with runc used about 4.1 MB. (Host free memory before and after starting the containers, divided by the number of containers. The guide’s 10-50 MB is mostly the application.) [3]
        - Good, because the guide rates Compatibility “✅ yes”. [2]
        - Good, because the guide rates Ecosystem support “✅ yes”. [2]
        - Bad, because the guide rates Startup speed “slow”. [2]
          - Published figures disagree: Average container start-up with runc was 0.21 s in one lab run and 0.45 s in another. (Student lab reports, 5 runs each, 2026: a weak source.) [6]
          - Our inference: runc itself starts a container in roughly 0.1-1 s, excluding image pull. Seconds-scale starts come from pulling the image and from the application’s own start-up. (An estimate, not a measurement.) [7]
        - Bad, because the guide rates Isolation strength “medium”. [2]
        - Bad, because the guide rates GPU support “⚠️ partly”. [2]

        ## Why not the other options

        ### WasmEdge

        - Stronger on “Is the environment resource-constrained?” Yes: Resource use “very low” (1-5MB); runc/containerd: “low” (10-50MB). [1][2]
        - runc/containerd is rated higher on Compatibility (“✅ yes” against “⚠️ partly”), Ecosystem support (“✅ yes” against “⚠️ partly”). [2]
        - It is rated higher on Startup speed (“very fast” against “slow”), Isolation strength (“very high” against “medium”), GPU support (“✅ yes” against “⚠️ partly”). [2]
        - The tree stops leading to it after “Do you need strong isolation?” No.
        - Answers that would lead to it: “Do you need strong isolation?” Yes.

        ### Kata Containers

        - Ruled out by “Is the environment resource-constrained?” Yes: Resource use “high” (100-200MB); runc/containerd: “low” (10-50MB). [1][2]
        - runc/containerd is rated higher on Ecosystem support (“✅ yes” against “⚠️ partly”). [2]
        - It is rated higher on Isolation strength (“very high” against “medium”). [2]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” Yes.

        ### gVisor

        - Weaker on “Is the environment resource-constrained?” Yes: Resource use “medium” (20-50MB); runc/containerd: “low” (10-50MB). [1][2]
        - runc/containerd is rated higher on GPU support (“⚠️ partly” against “❌ no”), Compatibility (“✅ yes” against “⚠️ partly”), Ecosystem support (“✅ yes” against “⚠️ partly”). [2]
        - It is rated higher on Startup speed (“medium” against “slow”), Isolation strength (“high” against “medium”). [2]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” No.

        ## Sources

        1. Our inference, not a published figure: The guide calls an environment resource-constrained at memory < 100 MB and CPU < 1 core, which we read as per node (the guide does not say). Its performance table puts Kata Containers at 100-200MB, the one runtime it rates “high” for resource use, so we read “high” as over that limit.
        2. The runtime selection guide (2025-11), section “Performance comparison”
        3. gVisor performance data: density.csv (google/gvisor, website/performance). <https://github.com/google/gvisor/blob/master/website/performance/density.csv> (2026-09).
        4. The runtime selection guide (2025-11), section “Decision matrix”
        5. The runtime selection guide (2025-11), section “2025 practice”
        6. inno-devops-labs/DevSecOps-Intro, student lab reports (pull requests #1576 and #1421). <https://github.com/inno-devops-labs/DevSecOps-Intro/pull/1576> (2026). Two lab reports; the second is pull request #1421 in the same repository.
        7. Our inference, not a published figure: Docker measured about 1.2 s end to end, most of it Docker itself (gVisor data, 2020); 2026 student labs measured 0.21-0.45 s.

        ## Share link

        Opens this result in Runtime Advisor:

        <https://portal.example/tools/advisor/#/wizard?tree=guide&resource_constrained=yes&strong_isolation=no&lang=en>
        "
      `);
  });

  it('fast startup: WasmEdge', () => {
    expect(record('guide', { resource_constrained: 'no', fast_startup: 'yes' }))
      .toMatchInlineSnapshot(`
        "# Decision record: use WasmEdge as the container runtime

        - Status: proposed
        - Date: 2026-09-15
        - Decision tree: The guide’s decision tree (\`guide\`)
        - Prepared with: Runtime Advisor, from the runtime selection guide (2025)

        ## Context and problem statement

        Which container or sandbox runtime should this workload use? These are our answers to the questions of the decision tree:

        | Question | Answer |
        | --- | --- |
        | Is the environment resource-constrained? | No |
        | Do you need fast startup? | Yes |

        ## Decision drivers

        - “Do you need fast startup?” Yes: Startup speed in the guide: “very fast” (<10ms). [1][2]
          - Published figures add: runwasi’s stress test ran 329.85 “hello” tasks per second with its wasmtime shim, against 84.78 per second with runc and a distroless wasmtime image. (Throughput over 1000 tasks, not per-task latency. Measures the wasmtime shim, not WasmEdge; runwasi also provides the WasmEdge shim.) [3]
          - Published figures add: Native containers started slightly faster than Wasm containers. Wasm images were about 27% of the native size, and pull times were up to 25% lower. (Peer-reviewed study. Wasmtime (not WasmEdge) under containerd and Docker, on AMD64, ARM64 and RISC-V.) [4]
          - Published figures add: Wasm integrated into crun on Kubernetes started 3-18% faster than Python containers. (Workshop talk (Intel4EC’25). crun-integrated Wasm runtimes, WAMR among them; not WasmEdge specifically.) [5]
          - Published figures disagree: WasmEdge’s documentation says WasmEdge apps are 1/10 the size and have 1/10 the startup time of Linux containers. (A vendor claim without stated test conditions. A factor of 10, where the guide says 100-500 times faster than containers.) [6]
          - Our inference: The guide’s <10ms fits starting a module inside an already running WasmEdge process. Run as a containerd shim or Kubernetes pod, the pod sandbox and the shim dominate start-up time. (Our reading of the studies above; no study measured WasmEdge as a pod.) [7]
          - Our inference: The guide’s 2025 practice and case studies give WasmEdge 0.14.1 “<5ms” startup and “<3MB” memory. We found no published measurement behind these figures: unverified. (The guide does not say how, or on what, it measured them.) [8]

        ## Considered options

        - WasmEdge (chosen)
        - runc/containerd
        - Kata Containers
        - gVisor

        ## Decision outcome

        Chosen option: **WasmEdge**, because the decision tree leads there from these answers: “WasmEdge · Y=4 sandbox isolation”, for “Edge / AI / Serverless scenarios”.

        The guide’s matrix scenario closest to these answers: “AI inference”, “Serverless”. [9]

        The guide’s 2025 recommendations that apply: [10]

        - AI inference: first choice WasmEdge (WasmEdge 0.14.1: GPU acceleration, low latency); traditional alternative runc/containerd (Good compatibility).
        - Serverless: first choice WasmEdge (WasmEdge 0.14.1: very fast startup, low resource use); traditional alternative runc/containerd (Standard compatibility).
          - Published figures disagree: WasmEdge 0.14.1 is outdated. Later releases: 0.15.0 (2025-08-04), 0.16.0 (2025-12-31), 0.16.4 (2026-06-12), 0.17.1 (2026-07-03). (Release tags as of about September 2026. 0.15.0 was already out when the guide (November 2025) called 0.14.1 the latest.) [11]

        ### Consequences

        - Good, because the guide rates Startup speed “very fast”. [2]
          - Published figures disagree: WasmEdge’s documentation says WasmEdge apps are 1/10 the size and have 1/10 the startup time of Linux containers. (A vendor claim without stated test conditions. A factor of 10, where the guide says 100-500 times faster than containers.) [6]
          - Our inference: The guide’s <10ms fits starting a module inside an already running WasmEdge process. Run as a containerd shim or Kubernetes pod, the pod sandbox and the shim dominate start-up time. (Our reading of the studies above; no study measured WasmEdge as a pod.) [7]
        - Good, because the guide rates Resource use “very low”. [2]
        - Good, because the guide rates Isolation strength “very high”. [2]
          - Our inference: The guide gives WasmEdge 5 isolation stars, equal to Kata Containers. That is questionable: WebAssembly’s sandbox is enforced in software and shares the host kernel, while Kata uses hardware virtualisation. (A judgement, not a measured or published figure.) [12]
        - Good, because the guide rates GPU support “✅ yes”. [2]
        - Bad, because the guide rates Compatibility “⚠️ partly”. [2]
        - Bad, because the guide rates Ecosystem support “⚠️ partly”. [2]
        - Matching case studies in the guide: “Case 2: serverless platform runtime selection”, “Case 3: AI inference runtime selection”.

        ## Why not the other options

        ### runc/containerd

        - Ruled out by “Do you need fast startup?” Yes: Startup speed “slow” (1-5s); WasmEdge: “very fast” (<10ms). [1][2]
          - Published figures disagree: Average container start-up with runc was 0.21 s in one lab run and 0.45 s in another. (Student lab reports, 5 runs each, 2026: a weak source.) [13]
          - Our inference: runc itself starts a container in roughly 0.1-1 s, excluding image pull. Seconds-scale starts come from pulling the image and from the application’s own start-up. (An estimate, not a measurement.) [14]
        - WasmEdge is rated higher on Resource use (“very low” against “low”), Isolation strength (“very high” against “medium”), GPU support (“✅ yes” against “⚠️ partly”). [2]
        - It is rated higher on Compatibility (“✅ yes” against “⚠️ partly”), Ecosystem support (“✅ yes” against “⚠️ partly”). [2]
        - The guide’s 2025 practice names it the traditional alternative for AI inference. [10]
        - The guide’s 2025 practice names it the traditional alternative for Serverless. [10]
        - The tree stops leading to it after “Do you need fast startup?” Yes.
        - Answers that would lead to it: “Do you need fast startup?” No, “Do you need GPU acceleration?” No.

        ### Kata Containers

        - Ruled out by “Do you need fast startup?” Yes: Startup speed “slow” (5-15s); WasmEdge: “very fast” (<10ms). [1][2]
          - Published figures disagree: Average container start-up with Kata Containers was 1.25 s (Kata 3.31.0) and 1.35 s (Kata 3.32.0). (Student lab reports, 5 runs each, 2026: a weak source. runc measured 0.21 s and 0.45 s in the same labs.) [13]
          - Published figures disagree: \\\`ctr run … busybox true\\\` with Kata Containers took 0.483 s. (A maintainer’s result with QEMU 5 and virtio-fs, 2020. The reporter of the issue saw about 4 s with default settings.) [15]
        - WasmEdge is rated higher on Resource use (“very low” against “high”), GPU support (“✅ yes” against “⚠️ partly”). [2]
        - It is rated higher on Compatibility (“✅ yes” against “⚠️ partly”). [2]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” Yes.

        ### gVisor

        - Ruled out by “Do you need fast startup?” Yes: Startup speed “medium” (2-5s); WasmEdge: “very fast” (<10ms). [1][2]
          - Published figures disagree: An empty container started and exited with runsc (gVisor) through Docker in about 1144 ms, about the same as runc in the same run. (Measured through Docker, end to end (start to exit or app ready), 2020 data. The source says most of this time is Docker itself, not the runtime.) [16]
          - Published figures disagree: \\\`runsc create\\\` plus \\\`runsc start\\\` took 81-280 ms. (Third-party measurement on 8 hosts, systrap platform, no image pull.) [17]
        - WasmEdge is rated higher on Resource use (“very low” against “medium”), Isolation strength (“very high” against “high”), GPU support (“✅ yes” against “❌ no”). [2]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” No.

        ## Sources

        1. Our inference, not a published figure: The guide means a cold start under 10 ms; in its feature table only “very fast” startup goes with a figure in that range (<10ms).
        2. The runtime selection guide (2025-11), section “Performance comparison”
        3. runwasi benchmarks (containerd/runwasi, docs/src/benchmarks.md). <https://github.com/containerd/runwasi/blob/main/docs/src/benchmarks.md> (2026-09).
        4. Kakati & Brorsson, “Performance and Usability Implications of Multiplatform and WebAssembly Containers”, SCITEPRESS 2025. <https://scitepress.org/PublishedPapers/2025/132032> (2025).
        5. AtLarge Research, WebAssembly on Kubernetes, Intel4EC’25 (IPDPS workshop). <https://atlarge-research.com/talks/2025-intel4ec-wasm.html> (2025).
        6. WasmEdge documentation: Running with WasmEdge (Docker + Wasm). <https://wasmedge.org/docs/zh/category/running-with-wasmedge> (2026-09).
        7. Our inference, not a published figure: A peer-reviewed study (Kakati & Brorsson, SCITEPRESS 2025) and a workshop talk (AtLarge, Intel4EC’25) find Wasm-container start-up comparable to native containers.
        8. Our inference, not a published figure: A search of WasmEdge’s release notes and documentation for 0.14.1, and of the published measurements cited on this page.
        9. The runtime selection guide (2025-11), section “Decision matrix”
        10. The runtime selection guide (2025-11), section “2025 practice”
        11. WasmEdge releases (WasmEdge/WasmEdge). <https://github.com/WasmEdge/WasmEdge/releases> (2026-07).
        12. Our inference, not a published figure: How each runtime isolates a workload: a software sandbox on a shared host kernel versus a hardware-virtualised guest kernel.
        13. inno-devops-labs/DevSecOps-Intro, student lab reports (pull requests #1576 and #1421). <https://github.com/inno-devops-labs/DevSecOps-Intro/pull/1576> (2026). Two lab reports; the second is pull request #1421 in the same repository.
        14. Our inference, not a published figure: Docker measured about 1.2 s end to end, most of it Docker itself (gVisor data, 2020); 2026 student labs measured 0.21-0.45 s.
        15. kata-containers/kata-containers issue #1102 (startup time). <https://github.com/kata-containers/kata-containers/issues/1102> (2020).
        16. gVisor performance data: startup.csv (google/gvisor, website/performance). <https://github.com/google/gvisor/blob/master/website/performance/startup.csv> (2020).
        17. gVisor cold start: where the time goes (Apoxy blog). <https://www.apoxy.dev/blog/gvisor-cold-start-where-the-time-goes> (2026-09).

        ## Share link

        Opens this result in Runtime Advisor:

        <https://portal.example/tools/advisor/#/wizard?tree=guide&resource_constrained=no&fast_startup=yes&lang=en>
        "
      `);
  });

  it('GPU: WasmEdge', () => {
    expect(record('guide', { resource_constrained: 'no', fast_startup: 'no', gpu: 'yes' }))
      .toMatchInlineSnapshot(`
        "# Decision record: use WasmEdge as the container runtime

        - Status: proposed
        - Date: 2026-09-15
        - Decision tree: The guide’s decision tree (\`guide\`)
        - Prepared with: Runtime Advisor, from the runtime selection guide (2025)

        ## Context and problem statement

        Which container or sandbox runtime should this workload use? These are our answers to the questions of the decision tree:

        | Question | Answer |
        | --- | --- |
        | Is the environment resource-constrained? | No |
        | Do you need fast startup? | No |
        | Do you need GPU acceleration? | Yes |

        ## Decision drivers

        - “Do you need GPU acceleration?” Yes: GPU support in the guide: “✅ yes”. [1][2]
          - Published figures add: WasmEdge uses GPUs through WASI-NN plugins, for example the GGML (llama.cpp) backend built for CUDA; 0.14.1 shipped CUDA 12.0 and CUDA 11.3 builds of the plugin, and install\\_v2.sh has --ggmlcuda=\\[11/12\\]. It is not general CUDA access for Wasm code. (True but narrow: GPU use is limited to what the plugins expose (mainly AI inference).) [3]

        ## Disputed

        The guide’s tree leads here, but published sources rate WasmEdge lower on “Do you need GPU acceleration?” than the guide does.

        The same answers in “Extended tree (ours, built on the guide)” lead to Kata Containers.

        ## Considered options

        - WasmEdge (chosen)
        - runc/containerd
        - Kata Containers
        - gVisor

        ## Decision outcome

        Chosen option: **WasmEdge**, because the decision tree leads there from these answers: “WasmEdge · Y=4 sandbox isolation”, for “Edge / AI / Serverless scenarios”.

        The guide’s matrix scenario closest to these answers: “AI inference”. [4]

        The matrix marks “Fast startup” differently from these answers.

        The guide’s 2025 recommendations that apply: [5]

        - AI inference: first choice WasmEdge (WasmEdge 0.14.1: GPU acceleration, low latency); traditional alternative runc/containerd (Good compatibility).
          - Published figures disagree: WasmEdge 0.14.1 is outdated. Later releases: 0.15.0 (2025-08-04), 0.16.0 (2025-12-31), 0.16.4 (2026-06-12), 0.17.1 (2026-07-03). (Release tags as of about September 2026. 0.15.0 was already out when the guide (November 2025) called 0.14.1 the latest.) [6]

        ### Consequences

        - Good, because the guide rates Startup speed “very fast”. [2]
          - Published figures disagree: WasmEdge’s documentation says WasmEdge apps are 1/10 the size and have 1/10 the startup time of Linux containers. (A vendor claim without stated test conditions. A factor of 10, where the guide says 100-500 times faster than containers.) [7]
          - Our inference: The guide’s <10ms fits starting a module inside an already running WasmEdge process. Run as a containerd shim or Kubernetes pod, the pod sandbox and the shim dominate start-up time. (Our reading of the studies above; no study measured WasmEdge as a pod.) [8]
        - Good, because the guide rates Resource use “very low”. [2]
        - Good, because the guide rates Isolation strength “very high”. [2]
          - Our inference: The guide gives WasmEdge 5 isolation stars, equal to Kata Containers. That is questionable: WebAssembly’s sandbox is enforced in software and shares the host kernel, while Kata uses hardware virtualisation. (A judgement, not a measured or published figure.) [9]
        - Good, because the guide rates GPU support “✅ yes”. [2]
        - Bad, because the guide rates Compatibility “⚠️ partly”. [2]
        - Bad, because the guide rates Ecosystem support “⚠️ partly”. [2]
        - Matching case studies in the guide: “Case 3: AI inference runtime selection”.

        ## Why not the other options

        ### runc/containerd

        - Weaker on “Do you need GPU acceleration?” Yes: GPU support “⚠️ partly”; WasmEdge: “✅ yes”. [1][2]
        - WasmEdge is rated higher on Startup speed (“very fast” against “slow”), Resource use (“very low” against “low”), Isolation strength (“very high” against “medium”). [2]
        - It is rated higher on Compatibility (“✅ yes” against “⚠️ partly”), Ecosystem support (“✅ yes” against “⚠️ partly”). [2]
        - The guide’s 2025 practice names it the traditional alternative for AI inference. [5]
        - The tree stops leading to it after “Do you need GPU acceleration?” Yes.
        - Answers that would lead to it: “Do you need GPU acceleration?” No.

        ### Kata Containers

        - Weaker on “Do you need GPU acceleration?” Yes: GPU support “⚠️ partly”; WasmEdge: “✅ yes”. [1][2]
        - WasmEdge is rated higher on Startup speed (“very fast” against “slow”), Resource use (“very low” against “high”). [2]
        - It is rated higher on Compatibility (“✅ yes” against “⚠️ partly”). [2]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” Yes.

        ### gVisor

        - Ruled out by “Do you need GPU acceleration?” Yes: GPU support “❌ no”; WasmEdge: “✅ yes”. [1][2]
          - Published figures disagree: gVisor runs GPU workloads through nvproxy (runsc --nvproxy): most CUDA applications, PyTorch, Vulkan and NVENC/NVDEC, on T4, A100, A10G, L4 and H100 GPUs. It works with Docker --gpus, CDI (containerd 1.7 or later), the NVIDIA k8s-device-plugin and the GKE device plugin. (NVIDIA only, on selected driver versions (runsc nvproxy list-supported-drivers). Best read as “yes (NVIDIA, limited)”. nvproxy dates from 2023 (gVisor blog, 2023-06-20), before the guide was written.) [10]
        - WasmEdge is rated higher on Startup speed (“very fast” against “medium”), Resource use (“very low” against “medium”), Isolation strength (“very high” against “high”). [2]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” No.

        ## Sources

        1. Our inference, not a published figure: The guide marks GPU support ✅ yes, ⚠️ partly or ❌ no; we read “partly” as usable with limits and “no” as ruling a runtime out.
        2. The runtime selection guide (2025-11), section “Performance comparison”
        3. WasmEdge documentation: installer v2 (install\\_v2.sh). <https://wasmedge.org/docs/contribute/installer_v2> (2026-09). The CUDA builds of the plugin are listed among the 0.14.1 release assets: https://github.com/WasmEdge/WasmEdge/releases/tag/0.14.1
        4. The runtime selection guide (2025-11), section “Decision matrix”
        5. The runtime selection guide (2025-11), section “2025 practice”
        6. WasmEdge releases (WasmEdge/WasmEdge). <https://github.com/WasmEdge/WasmEdge/releases> (2026-07).
        7. WasmEdge documentation: Running with WasmEdge (Docker + Wasm). <https://wasmedge.org/docs/zh/category/running-with-wasmedge> (2026-09).
        8. Our inference, not a published figure: A peer-reviewed study (Kakati & Brorsson, SCITEPRESS 2025) and a workshop talk (AtLarge, Intel4EC’25) find Wasm-container start-up comparable to native containers.
        9. Our inference, not a published figure: How each runtime isolates a workload: a software sandbox on a shared host kernel versus a hardware-virtualised guest kernel.
        10. gVisor documentation: GPU support (nvproxy). <https://gvisor.dev/docs/user_guide/gpu/> (2026-09).

        ## Share link

        Opens this result in Runtime Advisor:

        <https://portal.example/tools/advisor/#/wizard?tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=en>
        "
      `);
  });

  it('no special needs: runc', () => {
    expect(record('guide', { resource_constrained: 'no', fast_startup: 'no', gpu: 'no' }))
      .toMatchInlineSnapshot(`
        "# Decision record: use runc/containerd as the container runtime

        - Status: proposed
        - Date: 2026-09-15
        - Decision tree: The guide’s decision tree (\`guide\`)
        - Prepared with: Runtime Advisor, from the runtime selection guide (2025)

        ## Context and problem statement

        Which container or sandbox runtime should this workload use? These are our answers to the questions of the decision tree:

        | Question | Answer |
        | --- | --- |
        | Is the environment resource-constrained? | No |
        | Do you need fast startup? | No |
        | Do you need GPU acceleration? | No |

        ## Decision drivers

        - None of the answers states a need that the guide’s tables measure; the tree recommends this runtime when none applies.

        ## Considered options

        - runc/containerd (chosen)
        - WasmEdge
        - Kata Containers
        - gVisor

        ## Decision outcome

        Chosen option: **runc/containerd**, because the decision tree leads there from these answers: “runc · Y=3 container isolation”, for “Traditional microservice scenarios”.

        The guide’s matrix scenario closest to these answers: “Microservices”. [1]

        The guide’s 2025 recommendations have no entry for this scenario. [2]

        ### Consequences

        - Good, because the guide rates Resource use “low”. [3]
          - Published figures disagree: An idle container (sleep) with runc used about 4.1 MB. (Host free memory before and after starting the containers, divided by the number of containers. The guide’s 10-50 MB is mostly the application.) [4]
        - Good, because the guide rates Compatibility “✅ yes”. [3]
        - Good, because the guide rates Ecosystem support “✅ yes”. [3]
        - Bad, because the guide rates Startup speed “slow”. [3]
          - Published figures disagree: Average container start-up with runc was 0.21 s in one lab run and 0.45 s in another. (Student lab reports, 5 runs each, 2026: a weak source.) [5]
          - Our inference: runc itself starts a container in roughly 0.1-1 s, excluding image pull. Seconds-scale starts come from pulling the image and from the application’s own start-up. (An estimate, not a measurement.) [6]
        - Bad, because the guide rates Isolation strength “medium”. [3]
        - Bad, because the guide rates GPU support “⚠️ partly”. [3]

        ## Why not the other options

        ### WasmEdge

        - runc/containerd is rated higher on Compatibility (“✅ yes” against “⚠️ partly”), Ecosystem support (“✅ yes” against “⚠️ partly”). [3]
        - It is rated higher on Startup speed (“very fast” against “slow”), Resource use (“very low” against “low”), Isolation strength (“very high” against “medium”), GPU support (“✅ yes” against “⚠️ partly”). [3]
        - The tree stops leading to it after “Do you need GPU acceleration?” No.
        - Answers that would lead to it: “Do you need fast startup?” Yes.

        ### Kata Containers

        - runc/containerd is rated higher on Resource use (“low” against “high”), Ecosystem support (“✅ yes” against “⚠️ partly”). [3]
        - It is rated higher on Isolation strength (“very high” against “medium”). [3]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” Yes.

        ### gVisor

        - runc/containerd is rated higher on Resource use (“low” against “medium”), GPU support (“⚠️ partly” against “❌ no”), Compatibility (“✅ yes” against “⚠️ partly”), Ecosystem support (“✅ yes” against “⚠️ partly”). [3]
        - It is rated higher on Startup speed (“medium” against “slow”), Isolation strength (“high” against “medium”). [3]
        - This decision tree has no outcome for it.
        - “Extended tree (ours, built on the guide)” leads to it with: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes, “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes, “Does it need GPU access?” No, “Is a hardware-virtualisation (VM) boundary required?” No.

        ## Sources

        1. The runtime selection guide (2025-11), section “Decision matrix”
        2. The runtime selection guide (2025-11), section “2025 practice”
        3. The runtime selection guide (2025-11), section “Performance comparison”
        4. gVisor performance data: density.csv (google/gvisor, website/performance). <https://github.com/google/gvisor/blob/master/website/performance/density.csv> (2026-09).
        5. inno-devops-labs/DevSecOps-Intro, student lab reports (pull requests #1576 and #1421). <https://github.com/inno-devops-labs/DevSecOps-Intro/pull/1576> (2026). Two lab reports; the second is pull request #1421 in the same repository.
        6. Our inference, not a published figure: Docker measured about 1.2 s end to end, most of it Docker itself (gVisor data, 2020); 2026 student labs measured 0.21-0.45 s.

        ## Share link

        Opens this result in Runtime Advisor:

        <https://portal.example/tools/advisor/#/wizard?tree=guide&resource_constrained=no&fast_startup=no&gpu=no&lang=en>
        "
      `);
  });
});

describe('decision record, other trees and languages', () => {
  it('is written in Chinese for lang=zh', () => {
    expect(record('guide', { resource_constrained: 'yes', strong_isolation: 'yes' }, 'zh'))
      .toMatchInlineSnapshot(`
        "# 决策记录：采用 WasmEdge 作为容器运行时

        - 状态：提议
        - 日期：2026-09-15
        - 决策树：指南的决策树 (\`guide\`)
        - 生成工具：运行时选型助手，依据《运行时选型决策》指南（2025）

        ## 背景与问题

        该工作负载应使用哪种容器或沙盒运行时？以下是我们对决策树各问题的回答：

        | 问题 | 回答 |
        | --- | --- |
        | 资源受限? | 是 |
        | 需要强隔离? | 是 |

        ## 决策因素

        - “资源受限?” 是：指南中的资源占用：“极低”（1-5MB）。 [1][2]
          - 公开数据（对指南的补充）：集成到 crun 的 WAMR 比其他 Wasm 运行时少用 11-78% 的内存，Wasm 比 Python 容器至少少用 16% 的内存。（研讨会报告（Intel4EC’25），Kubernetes 上集成到 crun 的 Wasm；测量的是 WAMR，不是 WasmEdge。） [3]
          - 我们的推断：指南的“1-5MB”适用于在进程内运行的 WebAssembly 模块，而不是 Kubernetes Pod：通过 containerd shim 运行 WasmEdge 的 Pod 还要计入 shim 进程和 Pod 自身的开销。（比较时需口径一致：按模块，或按 Pod。） [4]
        - “需要强隔离?” 是：指南中的隔离强度：“极高”（5 星）。 [5][2]
          - 我们的推断：指南给 WasmEdge 的隔离强度评为 5 星，与 Kata Containers 相同。这值得商榷：WebAssembly 的沙盒由软件实现并共享宿主机内核，而 Kata 使用硬件虚拟化。（这是判断，不是测量或已发布的数据。） [6]

        ## 存在异议

        指南的决策树通向这里，但指南的 2025 年实践将 Kata Containers 列为强隔离场景的首选。

        在“扩展决策树（本应用在指南基础上扩展）”中，同样的回答接着会问“是否需要 GPU？”。

        ## 备选方案

        - WasmEdge（选定）
        - runc/containerd
        - Kata Containers
        - gVisor

        ## 决策结果

        选定方案：**WasmEdge**，因为决策树根据这些回答得出：“WasmEdge · Y=4 沙盒隔离”，对应“边缘/AI/Serverless场景”。

        与这些回答最接近的指南决策矩阵场景：“边缘计算”。 [7]

        适用的指南 2025 年推荐： [8]

        - 边缘计算场景：首选 WasmEdge（WasmEdge 0.14.1（<5ms 启动，<3MB 内存））；传统方案 runc/containerd（标准兼容，生态丰富）。
        - 强隔离场景：首选 Kata Containers（VM 级隔离）；次选 gVisor（用户态内核）。
          - 公开数据（与指南不符）：WasmEdge 0.14.1 已过时。之后的版本：0.15.0（2025-08-04）、0.16.0（2025-12-31）、0.16.4（2026-06-12）、0.17.1（2026-07-03）。（截至 2026 年 9 月左右的发布标签。指南（2025 年 11 月）称 0.14.1 为最新版时，0.15.0 已经发布。） [9]

        ### 影响

        - 优点：指南对启动速度的评价为“极快”。 [2]
          - 公开数据（与指南不符）：WasmEdge 文档称，WasmEdge 应用的体积和启动时间均为 Linux 容器的 1/10。（厂商说法，未说明测试条件。其倍数为 10 倍，而指南称比容器快 100-500 倍。） [10]
          - 我们的推断：指南的 <10ms 适用于在已运行的 WasmEdge 进程内启动模块。作为 containerd shim 或 Kubernetes Pod 运行时，启动时间主要花在 Pod 沙盒和 shim 上。（这是我们对上述研究的解读；没有研究测量过以 Pod 方式运行的 WasmEdge。） [11]
        - 优点：指南对资源占用的评价为“极低”。 [2]
        - 优点：指南对隔离强度的评价为“极高”。 [2]
          - 我们的推断：指南给 WasmEdge 的隔离强度评为 5 星，与 Kata Containers 相同。这值得商榷：WebAssembly 的沙盒由软件实现并共享宿主机内核，而 Kata 使用硬件虚拟化。（这是判断，不是测量或已发布的数据。） [6]
        - 优点：指南对GPU 支持的评价为“✅ 是”。 [2]
        - 缺点：指南对兼容性的评价为“⚠️ 部分”。 [2]
        - 缺点：指南对生态支持的评价为“⚠️ 部分”。 [2]
        - 指南中相符的案例：“案例 1：边缘计算运行时选型”。

        ## 为何不选其他方案

        ### runc/containerd

        - 因“需要强隔离?” 是而排除：隔离强度“中等”（3 星）；WasmEdge：“极高”（5 星）。 [5][2]
        - 在“资源受限?” 是上较弱：资源占用“低”（10-50MB）；WasmEdge：“极低”（1-5MB）。 [1][2]
          - 公开数据（与指南不符）：使用 runc 的空闲容器（sleep）约占用 4.1 MB 内存。（启动容器前后宿主机空闲内存之差，除以容器数量。指南的 10-50MB 主要是应用本身的内存。） [12]
        - WasmEdge 在以下方面评价更高：启动速度（“极快”对比“慢”）、GPU 支持（“✅ 是”对比“⚠️ 部分”）。 [2]
        - 它在以下方面评价更高：兼容性（“✅ 是”对比“⚠️ 部分”）、生态支持（“✅ 是”对比“⚠️ 部分”）。 [2]
        - 指南的 2025 年实践将其列为边缘计算场景的传统方案。 [8]
        - 在“需要强隔离?” 是之后，决策树不再通向它。
        - 可通向它的回答：“需要强隔离?” 否。

        ### Kata Containers

        - 因“资源受限?” 是而排除：资源占用“高”（100-200MB）；WasmEdge：“极低”（1-5MB）。 [1][2]
        - 同样满足“需要强隔离?” 是：隔离强度“极高”（5 星）。 [5][2]
        - WasmEdge 在以下方面评价更高：启动速度（“极快”对比“慢”）、GPU 支持（“✅ 是”对比“⚠️ 部分”）。 [2]
        - 它在以下方面评价更高：兼容性（“✅ 是”对比“⚠️ 部分”）。 [2]
        - 指南的 2025 年实践将其列为强隔离场景的首选。 [8]
        - 此决策树中没有通向它的结果。
        - “扩展决策树（本应用在指南基础上扩展）”通过以下回答通向它：“工作负载是否必须以现有的 Linux 容器镜像原样运行（不重新构建为 WebAssembly）？” 是、“是否需要比共享内核的容器更强的隔离（多租户、不可信代码、合规）？” 是、“是否需要 GPU？” 否、“是否必须有硬件虚拟化（VM）边界？” 是。

        ### gVisor

        - 在“资源受限?” 是上较弱：资源占用“中等”（20-50MB）；WasmEdge：“极低”（1-5MB）。 [1][2]
        - 在“需要强隔离?” 是上较弱：隔离强度“高”（4 星）；WasmEdge：“极高”（5 星）。 [5][2]
        - WasmEdge 在以下方面评价更高：启动速度（“极快”对比“中等”）、GPU 支持（“✅ 是”对比“❌ 否”）。 [2]
        - 指南的 2025 年实践将其列为强隔离场景的次选。 [8]
        - 此决策树中没有通向它的结果。
        - “扩展决策树（本应用在指南基础上扩展）”通过以下回答通向它：“工作负载是否必须以现有的 Linux 容器镜像原样运行（不重新构建为 WebAssembly）？” 是、“是否需要比共享内核的容器更强的隔离（多租户、不可信代码、合规）？” 是、“是否需要 GPU？” 否、“是否必须有硬件虚拟化（VM）边界？” 否。

        ## 来源

        1. 我们的推断，并非公开数据：指南对资源受限的定义是内存 < 100MB、CPU < 1 核，我们理解为每个节点（指南未说明）。其性能对比表中 Kata Containers 为 100-200MB，也是唯一被评为资源占用“高”的运行时，因此我们把“高”理解为超出该限制。
        2. 《运行时选型决策》指南（2025-11），“性能对比”一节
        3. AtLarge Research, WebAssembly on Kubernetes, Intel4EC’25 (IPDPS workshop). <https://atlarge-research.com/talks/2025-intel4ec-wasm.html> (2025).
        4. 我们的推断，并非公开数据：WasmEdge 在 Kubernetes 中的运行方式：每个 Pod 一个 runwasi shim 进程（见本页引用的 runwasi 基准），外加 Kubernetes 计入的 Pod 开销。
        5. 我们的推断，并非公开数据：指南将普通的共享内核容器（runc）评为“中等”（3 星），并称 gVisor“比容器安全”；因此我们把强隔离理解为功能对比表中的“高”或“极高”。
        6. 我们的推断，并非公开数据：两者隔离工作负载的方式：共享宿主机内核的软件沙盒，对比硬件虚拟化的客户机内核。
        7. 《运行时选型决策》指南（2025-11），“决策矩阵”一节
        8. 《运行时选型决策》指南（2025-11），“2025 年最新实践”一节
        9. WasmEdge releases (WasmEdge/WasmEdge). <https://github.com/WasmEdge/WasmEdge/releases> (2026-07).
        10. WasmEdge documentation: Running with WasmEdge (Docker + Wasm). <https://wasmedge.org/docs/zh/category/running-with-wasmedge> (2026-09).
        11. 我们的推断，并非公开数据：一项同行评审研究（Kakati & Brorsson，SCITEPRESS 2025）和一场研讨会报告（AtLarge，Intel4EC’25）发现 Wasm 容器的启动时间与原生容器相当。
        12. gVisor performance data: density.csv (google/gvisor, website/performance). <https://github.com/google/gvisor/blob/master/website/performance/density.csv> (2026-09).

        ## 分享链接

        在运行时选型助手中打开此结果：

        <https://portal.example/tools/advisor/#/wizard?tree=guide&resource_constrained=yes&strong_isolation=yes&lang=zh>
        "
      `);
  });

  it('explains an extended-tree result: gVisor', () => {
    expect(
      record('full', {
        existing_images: 'yes',
        oci_strong_isolation: 'yes',
        oci_gpu: 'no',
        vm_boundary: 'no',
      }),
    ).toMatchInlineSnapshot(`
      "# Decision record: use gVisor as the container runtime

      - Status: proposed
      - Date: 2026-09-15
      - Decision tree: Extended tree (ours, built on the guide) (\`full\`)
      - Prepared with: Runtime Advisor, from the runtime selection guide (2025)

      ## Context and problem statement

      Which container or sandbox runtime should this workload use? These are our answers to the questions of the decision tree:

      | Question | Answer |
      | --- | --- |
      | Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)? | Yes |
      | Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)? | Yes |
      | Does it need GPU access? | No |
      | Is a hardware-virtualisation (VM) boundary required? | No |

      ## Decision drivers

      - “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes: Runs unmodified Linux container images (published sources, not the guide): “⚠️ partly”, most: it serves system calls from its own user-space kernel, which does not implement every Linux system call, so some images fail; test yours. The guide’s Compatibility: “⚠️ partly”. [1][2][3]
      - “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes: Isolation strength in the guide: “high” (4 stars). [4][3]

      ## Considered options

      - gVisor (chosen)
      - WasmEdge
      - runc/containerd
      - Kata Containers

      ## Decision outcome

      Chosen option: **gVisor**, because the decision tree leads there from these answers: “gVisor · user-space kernel”, for “Strong isolation: untrusted code, security sandbox”.

      The guide’s 2025 recommendations that apply: [5]

      - Strong isolation: first choice Kata Containers (VM-level isolation); second choice gVisor (User-space kernel).

      ### Consequences

      - Good, because the guide rates Isolation strength “high”. [3]
      - Bad, because the guide rates Startup speed “medium”. [3]
        - Published figures disagree: An empty container started and exited with runsc (gVisor) through Docker in about 1144 ms, about the same as runc in the same run. (Measured through Docker, end to end (start to exit or app ready), 2020 data. The source says most of this time is Docker itself, not the runtime.) [6]
        - Published figures disagree: \\\`runsc create\\\` plus \\\`runsc start\\\` took 81-280 ms. (Third-party measurement on 8 hosts, systrap platform, no image pull.) [7]
      - Bad, because the guide rates Resource use “medium”. [3]
      - Bad, because the guide rates GPU support “❌ no”. [3]
        - Published figures disagree: gVisor runs GPU workloads through nvproxy (runsc --nvproxy): most CUDA applications, PyTorch, Vulkan and NVENC/NVDEC, on T4, A100, A10G, L4 and H100 GPUs. It works with Docker --gpus, CDI (containerd 1.7 or later), the NVIDIA k8s-device-plugin and the GKE device plugin. (NVIDIA only, on selected driver versions (runsc nvproxy list-supported-drivers). Best read as “yes (NVIDIA, limited)”. nvproxy dates from 2023 (gVisor blog, 2023-06-20), before the guide was written.) [8]
      - Bad, because the guide rates Compatibility “⚠️ partly”. [3]
      - Bad, because the guide rates Ecosystem support “⚠️ partly”. [3]

      ## Why not the other options

      ### WasmEdge

      - Ruled out by “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes: Runs unmodified Linux container images “❌ no”; gVisor: “⚠️ partly”. [9]
      - Stronger on “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes: Isolation strength “very high” (5 stars); gVisor: “high” (4 stars). [4][3]
        - Our inference: The guide gives WasmEdge 5 isolation stars, equal to Kata Containers. That is questionable: WebAssembly’s sandbox is enforced in software and shares the host kernel, while Kata uses hardware virtualisation. (A judgement, not a measured or published figure.) [10]
      - It is rated higher on Startup speed (“very fast” against “medium”), Resource use (“very low” against “medium”), GPU support (“✅ yes” against “❌ no”). [3]
      - The tree stops leading to it after “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes.
      - Answers that would lead to it: “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” No, “Is the environment resource-constrained?” Yes, “Do you need strong isolation?” Yes.

      ### runc/containerd

      - Ruled out by “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes: Isolation strength “medium” (3 stars); gVisor: “high” (4 stars). [4][3]
      - Stronger on “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes: Runs unmodified Linux container images “✅ yes”; gVisor: “⚠️ partly”. [11]
      - gVisor is rated higher on Startup speed (“medium” against “slow”). [3]
      - It is rated higher on Resource use (“low” against “medium”), GPU support (“⚠️ partly” against “❌ no”), Ecosystem support (“✅ yes” against “⚠️ partly”). [3]
      - The tree stops leading to it after “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes.
      - Answers that would lead to it: “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” No.

      ### Kata Containers

      - Stronger on “Must the workload run as existing Linux container images, unchanged (no rebuild to WebAssembly)?” Yes: Runs unmodified Linux container images “✅ yes”; gVisor: “⚠️ partly”. [12]
      - Stronger on “Does it need isolation stronger than a shared-kernel container (multi-tenant, untrusted code, compliance)?” Yes: Isolation strength “very high” (5 stars); gVisor: “high” (4 stars). [4][3]
      - gVisor is rated higher on Startup speed (“medium” against “slow”), Resource use (“medium” against “high”). [3]
      - It is rated higher on GPU support (“⚠️ partly” against “❌ no”). [3]
      - The guide’s 2025 practice recommends it first for Strong isolation. [5]
      - The tree stops leading to it after “Is a hardware-virtualisation (VM) boundary required?” No.
      - Answers that would lead to it: “Is a hardware-virtualisation (VM) boundary required?” Yes.

      ## Sources

      1. Our inference, not a published figure: The question asks whether existing Linux container images must run unchanged. We read that from published sources, not from the guide’s compatibility marks (✅ runc and Kata Containers, ⚠️ WasmEdge and gVisor): runc and Kata run OCI images as they are; gVisor runs most, limited by the system calls its user-space kernel implements; WasmEdge needs a Wasm build.
      2. gVisor documentation: Compatibility. <https://gvisor.dev/docs/user_guide/compatibility/> (2026-12).
      3. The runtime selection guide (2025-11), section “Performance comparison”
      4. Our inference, not a published figure: The guide rates an ordinary shared-kernel container (runc) “medium”, 3 stars, and describes gVisor as “safer than a container”; we read strong isolation as “high” or “very high” in its feature table.
      5. The runtime selection guide (2025-11), section “2025 practice”
      6. gVisor performance data: startup.csv (google/gvisor, website/performance). <https://github.com/google/gvisor/blob/master/website/performance/startup.csv> (2020).
      7. gVisor cold start: where the time goes (Apoxy blog). <https://www.apoxy.dev/blog/gvisor-cold-start-where-the-time-goes> (2026-09).
      8. gVisor documentation: GPU support (nvproxy). <https://gvisor.dev/docs/user_guide/gpu/> (2026-09).
      9. runwasi README (containerd/runwasi). <https://github.com/containerd/runwasi> (2026-12).
      10. Our inference, not a published figure: How each runtime isolates a workload: a software sandbox on a shared host kernel versus a hardware-virtualised guest kernel.
      11. runc README (opencontainers/runc). <https://github.com/opencontainers/runc> (2026-12).
      12. Kata Containers architecture (kata-containers/kata-containers, docs/design/architecture.md). <https://github.com/kata-containers/kata-containers/blob/main/docs/design/architecture.md> (2026-12).

      ## Share link

      Opens this result in Runtime Advisor:

      <https://portal.example/tools/advisor/#/wizard?tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&vm_boundary=no&lang=en>
      "
    `);
  });
});

describe('decision record, agreeing with the result on every path', () => {
  // What the result page says, the record says: a disputed result is disputed in the record,
  // and a need decided by a published property row is compared on that row, not on the
  // guide's ratings, in the drivers and in "why not" alike.
  const cases = builtInContent.trees.flatMap((tree) =>
    enumeratePaths(tree).map((path) => ({ tree, answers: path.answers })),
  );
  it.each(
    cases.map(
      (item) => [item.tree.id, new URLSearchParams(item.answers).toString(), item] as const,
    ),
  )('%s %s', (_treeId, _answers, { tree, answers }) => {
    const resolution = resolvePath(tree, answers);
    const outcome = resolution.outcome;
    if (!outcome) throw new Error('no outcome');
    const explanation = explain(
      builtInContent,
      tree,
      resolution.steps,
      outcome,
      builtInContent.trees,
    );
    const text = record(tree.id, answers);
    expect(text.includes('\n## Disputed\n')).toBe(explanation.dispute !== undefined);
    for (const finding of explanation.needs) {
      const row = finding.need.property;
      if (!row) continue;
      const question = finding.need.step.question.text.en;
      const lines = text
        .split('\n')
        .filter((line) => line.includes(`“${question}” ${finding.need.step.answer.label.en}:`));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line).toContain(row.label.en);
        expect(line).not.toContain(`: ${finding.need.feature.label.en} “`);
      }
    }
  });
});
