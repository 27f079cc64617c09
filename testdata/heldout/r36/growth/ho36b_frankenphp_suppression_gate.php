<?php

declare(strict_types=1);

// --- FrankenPHP worker-mode stand-in -------------------------------------
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $i = $served++;
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = '/v3/mail/send';
        $_SERVER['HTTP_AUTHORIZATION'] = 'Bearer SG.key' . ($i % 3);
        $_SERVER['REQUEST_TIME_FLOAT'] = 1718000000.0 + $i / 10;
        $domains = ['gmail.test', 'icloud.test', 'corp.example.test'];
        $_POST = [
            'from' => 'receipts@shop.acme-mail.test',
            'subject' => 'Your receipt #' . (880000 + $i),
            'to' => [
                'buyer' . $i . '@' . $domains[$i % 3],
                $i % 4 === 0 ? 'bounced.user@gmail.test' : 'cc' . ($i * 7) . '@' . $domains[($i + 1) % 3],
            ],
            'custom_args' => ['order_id' => (string) (500000 + $i), 'tenant' => 't_' . ($i % 5)],
        ];
        $handler();

        return true;
    }
}

// --- application -----------------------------------------------------------
final class SuppressionEntry
{
    public function __construct(
        public readonly string $email,
        public readonly string $group,
        public readonly string $reason,
        public readonly int $createdAt,
    ) {
    }
}

final class SuppressionDecision
{
    public function __construct(
        public readonly string $recipient,
        public readonly bool $suppressed,
        public readonly string $reason,
        public readonly string $orderId,
        public readonly float $checkedAt,
    ) {
    }

    public function toLogArray(): array
    {
        return [
            'recipient' => $this->recipient,
            'suppressed' => $this->suppressed,
            'reason' => $this->reason,
            'order_id' => $this->orderId,
            'checked_at' => sprintf('%.3f', $this->checkedAt),
        ];
    }
}

/** Last decisions for the "recent suppression checks" panel of the dashboard. */
final class DecisionWindow
{
    /** @var list<array<string, mixed>> */
    private array $decisions = [];

    public function __construct(private int $size = 50)
    {
    }

    public function record(SuppressionDecision $decision): void
    {
        $this->decisions[] = $decision->toLogArray(); // leak
    }

    /** @return list<array<string, mixed>> */
    public function latest(): array
    {
        return array_slice($this->decisions, -$this->size);
    }
}

final class SuppressionList
{
    /** @var array<string, SuppressionEntry> */
    private array $entries = [];

    public function __construct(private DecisionWindow $window)
    {
    }

    public function load(iterable $rows): void
    {
        foreach ($rows as $row) {
            $entry = new SuppressionEntry($row['email'], $row['group'], $row['reason'], $row['created_at']);
            $this->entries[self::normalize($entry->email)] = $entry;
        }
    }

    public function check(string $recipient, string $orderId, float $now): SuppressionDecision
    {
        $entry = $this->entries[self::normalize($recipient)] ?? null;
        $decision = new SuppressionDecision(
            $recipient,
            $entry !== null,
            $entry?->reason ?? 'not_listed',
            $orderId,
            $now,
        );
        $this->window->record($decision);

        return $decision;
    }

    public function window(): DecisionWindow
    {
        return $this->window;
    }

    private static function normalize(string $email): string
    {
        $email = strtolower(trim($email));
        [$local, $domain] = explode('@', $email, 2) + [1 => ''];
        if ($domain === 'gmail.test') {
            $local = str_replace('.', '', strstr($local, '+', true) ?: $local);
        }

        return $local . '@' . $domain;
    }
}

final class SendController
{
    public function __construct(private SuppressionList $suppressions)
    {
    }

    public function send(array $input, float $now): array
    {
        $accepted = [];
        $dropped = [];
        foreach ((array) ($input['to'] ?? []) as $recipient) {
            $decision = $this->suppressions->check((string) $recipient, (string) ($input['custom_args']['order_id'] ?? ''), $now);
            if ($decision->suppressed) {
                $dropped[] = $recipient;
            } else {
                $accepted[] = $recipient;
            }
        }

        return ['status' => $accepted ? 202 : 400, 'accepted' => count($accepted), 'dropped' => $dropped];
    }
}

// --- worker boot -------------------------------------------------------------
$suppressions = new SuppressionList(new DecisionWindow(50));
$suppressions->load([
    ['email' => 'bouncedUser@gmail.test', 'group' => 'bounces', 'reason' => 'hard_bounce', 'created_at' => 1710000000],
    ['email' => 'complainer@icloud.test', 'group' => 'spam_reports', 'reason' => 'spam_report', 'created_at' => 1711000000],
    ['email' => 'left.company@corp.example.test', 'group' => 'unsubscribes', 'reason' => 'global_unsubscribe', 'created_at' => 1712000000],
]);
$controller = new SendController($suppressions);

$handler = static function () use ($controller): void {
    if ($_SERVER['REQUEST_URI'] === '/v3/mail/send') {
        $controller->send($_POST, (float) $_SERVER['REQUEST_TIME_FLOAT']);
    }
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = frankenphp_handle_request($handler);
    gc_collect_cycles();
    if (!$keepRunning) {
        break;
    }
}
