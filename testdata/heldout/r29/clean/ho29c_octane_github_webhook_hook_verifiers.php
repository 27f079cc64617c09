<?php

declare(strict_types=1);

namespace App\Http\Webhooks;

final class InboundWebhook
{
    /** @param array<string, string> $headers */
    public function __construct(
        private readonly array $headers,
        public readonly string $body,
        public readonly int $receivedAt,
    ) {
    }

    public function header(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }

    /** @return array<string, mixed> */
    public function json(): array
    {
        return json_decode($this->body, true, 32, JSON_THROW_ON_ERROR);
    }
}

final class HmacVerifier
{
    /** @var list<string> */
    private readonly array $acceptedEvents;

    /** @param list<string> $events */
    public function __construct(
        public readonly string $hookRef,
        private readonly string $secret,
        array $events,
        private readonly string $algo = 'sha256',
    ) {
        $this->acceptedEvents = array_map(
            static fn (string $event): string => sprintf('%s', strtolower(trim($event))),
            $events,
        );
    }

    public function verify(InboundWebhook $hook): bool
    {
        $expected = $this->algo . '=' . hash_hmac($this->algo, $hook->body, $this->secret);

        return hash_equals($expected, $hook->header('X-Hub-Signature-256'))
            && in_array($hook->header('X-GitHub-Event'), $this->acceptedEvents, true);
    }
}

trait ResolvesHookVerifiers
{
    /** @var array<string, HmacVerifier> */
    private static array $verifiers = [];

    /** @param array{secret: string, events: list<string>} $hookConfig */
    private function verifierFor(InboundWebhook $hook, array $hookConfig): HmacVerifier
    {
        $ref = $this->hookReference($hook);

        return self::$verifiers[$ref] ??= new HmacVerifier($ref, $hookConfig['secret'], $hookConfig['events']);
    }

    abstract protected function hookReference(InboundWebhook $hook): string;
}

final class BuildTrigger
{
    private int $queued = 0;
    private ?string $lastRef = null;

    public function fromPush(string $repository, string $ref, string $sha): string
    {
        $this->queued++;
        $this->lastRef = sprintf('%s@%s:%s', $repository, $ref, substr($sha, 0, 12));

        return $this->lastRef;
    }
}

final class GitHubWebhookController
{
    use ResolvesHookVerifiers;

    /**
     * @param array<string, array{secret: string, events: list<string>}> $hooksByRepository
     * @param array<string, string> $hookIds
     */
    public function __construct(
        private readonly array $hooksByRepository,
        private readonly array $hookIds,
        private readonly BuildTrigger $trigger,
    ) {
    }

    public function __invoke(InboundWebhook $hook): int
    {
        $payload = $hook->json();
        $repository = (string) ($payload['repository']['full_name'] ?? '');
        $config = $this->hooksByRepository[$repository] ?? null;
        if ($config === null) {
            return 404;
        }
        if (($this->hookIds[$repository] ?? null) !== $hook->header('X-GitHub-Hook-ID')) {
            return 403;
        }

        if (!$this->verifierFor($hook, $config)->verify($hook)) {
            return 401;
        }

        if ($hook->header('X-GitHub-Event') !== 'push') {
            return 204;
        }

        $this->trigger->fromPush($repository, (string) $payload['ref'], (string) $payload['after']);

        return 202;
    }

    protected function hookReference(InboundWebhook $hook): string
    {
        return sprintf(
            '%s/%s',
            $hook->header('X-GitHub-Hook-Installation-Target-ID'),
            $hook->header('X-GitHub-Hook-ID'),
        );
    }
}

// --- boot (once per worker) -------------------------------------------------

$hooks = [
    'acme/build-agent' => ['secret' => 'whsec_5d1f0c8e2b7a4c19a0f3', 'events' => ['Push', 'Pull_Request', 'Check_Suite', 'Workflow_Run']],
    'acme/web-console' => ['secret' => 'whsec_a90b77e1c2d34f5b8e61', 'events' => ['Push', 'Pull_Request', 'Release']],
    'acme/artifact-store' => ['secret' => 'whsec_0c4d2e6f8a1b3c5d7e9f', 'events' => ['Push', 'Workflow_Run']],
];
$targets = ['acme/build-agent' => '88120431', 'acme/web-console' => '88120977', 'acme/artifact-store' => '88121305'];
$hookIds = ['acme/build-agent' => '401120', 'acme/web-console' => '401121', 'acme/artifact-store' => '401122'];
$controller = new GitHubWebhookController($hooks, $hookIds, new BuildTrigger());

// --- worker loop ----------------------------------------------------------------

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$repositories = array_keys($hooks);
for ($i = 0; $i < $n; $i++) {
    $repository = $repositories[$i % count($repositories)];
    $body = json_encode([
        'ref' => 'refs/heads/' . ($i % 5 === 0 ? 'main' : 'feature/ci-' . ($i % 17)),
        'after' => sha1('commit' . $i),
        'repository' => ['full_name' => $repository, 'private' => true],
        'pusher' => ['name' => 'dev' . ($i % 9)],
    ], JSON_THROW_ON_ERROR);
    $delivery = sprintf('%08x-%04x-11ee-%04x-%012x', crc32('d' . $i), $i & 0xffff, ($i * 7) & 0xffff, $i * 2654435761 % 0xffffffffffff);
    $webhook = new InboundWebhook([
        'x-github-event' => 'push',
        'x-github-delivery' => $delivery,
        'x-github-hook-id' => '4011' . (20 + array_search($repository, $repositories, true)),
        'x-github-hook-installation-target-id' => $targets[$repository],
        'x-hub-signature-256' => 'sha256=' . hash_hmac('sha256', $body, $hooks[$repository]['secret']),
    ], $body, 1_700_000_000 + $i);

    $controller($webhook);
}
