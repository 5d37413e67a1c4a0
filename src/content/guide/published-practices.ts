// Published practice for gVisor, where the guide has no best practices at all. Each item is a
// summary in our words of gVisor's own documentation (read about September 2026) and is shown
// with its citation, never as the guide's.
import type { z } from 'zod';
import type { PublishedPractice, Source } from '../schema';

type SourceInput = z.input<typeof Source>;

const AS_OF = '2026-09';

function gvisorDoc(title: string, path: string): SourceInput {
  return {
    kind: 'citation',
    title: `gVisor documentation: ${title}`,
    url: `https://gvisor.dev/docs/user_guide/${path}/`,
    date: AS_OF,
  };
}

const production = gvisorDoc('Production guide', 'production');

export const publishedPractices: z.input<typeof PublishedPractice>[] = [
  {
    id: 'gvisor_sandbox_selectively',
    runtime: 'gvisor',
    title: { en: 'Sandbox selectively', zh: '有选择地使用沙盒' },
    text: {
      en: 'gVisor can sandbox any application but should not sandbox every one: use it for externally reachable endpoints, workloads with sensitive data or compliance duties, multi-tenant platforms and untrusted code.',
      zh: 'gVisor 可以为任何应用提供沙盒，但不应为每个应用都使用沙盒：用于对外暴露的入口、处理敏感数据或有合规要求的工作负载、多租户平台以及不可信代码。',
    },
    source: production,
  },
  {
    id: 'gvisor_reduce_attack_surface',
    runtime: 'gvisor',
    title: { en: 'Reduce the attack surface first', zh: '先缩小攻击面' },
    text: {
      en: 'Before adding a sandbox, reduce what is reachable from outside: keep internal workloads on a separate network and sandbox only the user-facing entry points.',
      zh: '在引入沙盒之前，先减少可从外部访问的部分：将内部工作负载放在单独的网络中，只对面向用户的入口使用沙盒。',
    },
    source: production,
  },
  {
    id: 'gvisor_weigh_overhead',
    runtime: 'gvisor',
    title: { en: 'Weigh the overhead per workload', zh: '按工作负载权衡开销' },
    text: {
      en: 'I/O-heavy workloads (databases) and network-heavy ones (load balancers) slow down most; CPU-bound workloads see little or no overhead.',
      zh: 'I/O 密集型（如数据库）和网络密集型（如负载均衡器）工作负载受影响最大；CPU 密集型工作负载几乎没有额外开销。',
    },
    source: production,
  },
  {
    id: 'gvisor_choose_platform',
    runtime: 'gvisor',
    title: { en: 'Choose the platform', zh: '选择平台' },
    text: {
      en: 'The platform is the highest-impact performance decision: on bare-metal machines use the KVM platform; inside a virtual machine use systrap.',
      zh: '平台是对性能影响最大的选择：在裸金属机器上使用 KVM 平台；在虚拟机中使用 systrap 平台。',
    },
    source: production,
  },
  {
    id: 'gvisor_tune_io_and_network',
    runtime: 'gvisor',
    title: { en: 'Tune file and network I/O knowingly', zh: '审慎调优文件与网络 I/O' },
    text: {
      en: 'File I/O is usually the most affected: configure more aggressive caching where it is safe. Network passthrough (--network=host) uses the host’s network stack for speed, but it decreases isolation from the host.',
      zh: '文件 I/O 通常受影响最大：在安全的前提下配置更积极的缓存策略。网络直通（--network=host）使用宿主机网络栈以提高性能，但会降低与宿主机之间的隔离。',
    },
    source: gvisorDoc('Networking', 'networking'),
  },
  {
    id: 'gvisor_test_compatibility',
    runtime: 'gvisor',
    title: { en: 'Test your images', zh: '测试你的镜像' },
    text: {
      en: 'gVisor implements a large part of the Linux interface, not all of it; the only way to know whether an image works is to try it. Debug logs with system-call tracing (--debug --debug-log=/tmp/runsc/ --strace) show what is missing.',
      zh: 'gVisor 实现了大部分而非全部 Linux 接口；要确认某个镜像能否运行，唯一的办法是实际试运行。带系统调用跟踪的调试日志（--debug --debug-log=/tmp/runsc/ --strace）可以显示缺少了什么。',
    },
    source: gvisorDoc('Applications (compatibility)', 'compatibility'),
  },
];
