<?php
// A notifier warms up each delivery channel once: inside the branch for enabled channels, a keyed guard on the channel name returns early, so the templates are compiled once per channel of a fixed list.

final class Notifier
{
    private const CHANNELS = ['mail', 'sms', 'push'];

    /** @var array<string, bool> */
    private static array $warmed = [];

    /** @var array<string, list<string>> */
    private static array $compiled = [];

    public function send(string $channel, string $to, string $text): int
    {
        $enabled = in_array($channel, self::CHANNELS, true);
        if ($enabled) {
            if (isset(self::$warmed[$channel])) {
                return $this->deliver($channel, $to, $text);
            }
            self::$warmed[$channel] = true;
            $this->compileTemplates($channel);
        }
        return $this->deliver($channel, $to, $text);
    }

    private function compileTemplates(string $channel): void
    {
        foreach (['welcome', 'reset', 'receipt', 'digest'] as $template) {
            self::$compiled[$channel][] = str_repeat("{$channel}:{$template} ", 20);
        }
    }

    private function deliver(string $channel, string $to, string $text): int
    {
        return count(self::$compiled[$channel] ?? []) + strlen($to) + strlen($text);
    }
}

$notifier = new Notifier();
$channels = ['mail', 'sms', 'push', 'fax'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $notifier->send($channels[$i % 4], "user{$i}@example.test", str_repeat("message {$i} ", 30));
}
