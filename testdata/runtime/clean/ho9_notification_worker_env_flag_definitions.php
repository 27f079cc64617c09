<?php
// A notification queue worker whose feature-flag resolver caches parsed flag definitions in $_ENV under a per-flag key.

final class Notification
{
    public function __construct(
        public readonly int $userId,
        public readonly string $channel,
        public readonly string $body,
    ) {}
}

final class FlagResolver
{
    private const DEFINITIONS = '{"digest_v2":{"rollout":30,"salt":"d2"},"rich_html":{"rollout":70,"salt":"rh"},"quiet_hours":{"rollout":100,"salt":"qh"}}';

    public function enabled(string $flag, int $userId): bool
    {
        $key = sprintf('FEATURE_%s', strtoupper($flag));
        if (!isset($_ENV[$key])) {
            $def = json_decode(self::DEFINITIONS, true)[$flag] ?? ['rollout' => 0, 'salt' => ''];
            $_ENV[$key] = [
                'rollout' => $def['rollout'],
                'salt' => $def['salt'],
                'reason' => "rollout {$def['rollout']} for {$flag}; " . str_repeat('-', 120),
            ];
        }
        $bucket = crc32($_ENV[$key]['salt'] . ':' . $userId) % 100;
        return $bucket < $_ENV[$key]['rollout'];
    }
}

final class NotificationSender
{
    public int $sent = 0;

    public function __construct(private FlagResolver $flags) {}

    public function send(Notification $n): void
    {
        $template = $this->flags->enabled('rich_html', $n->userId) ? '<html><body>%s</body></html>' : '%s';
        if ($this->flags->enabled('quiet_hours', $n->userId) && $n->channel === 'sms') {
            return;
        }
        $payload = sprintf($template, htmlspecialchars($n->body));
        $this->sent += strlen($payload) > 0 ? 1 : 0;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$sender = new NotificationSender(new FlagResolver());
for ($i = 0; $i < $n; $i++) {
    $message = new Notification(50000 + $i, $i % 4 === 0 ? 'sms' : 'email', "Your order #{$i} has shipped.");
    $sender->send($message);
}
