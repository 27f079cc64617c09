<?php
// A queue worker's mailer memoizes transports in a function static keyed by $config->get('mail.driver'), a literal config key with one value per deployment; the per-user sender is set on each message.

final class Repository
{
    public function __construct(private array $items) {}

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->items[$key] ?? $default;
    }
}

final class SmtpTransport
{
    public string $greeting;

    public function __construct(public string $host, public int $port, public string $sender)
    {
        $this->greeting = "EHLO {$host}:{$port} MAIL FROM:<{$sender}> " . str_repeat('250-PIPELINING ', 30);
    }

    public function send(array $message): int
    {
        return strlen($message['from']) + strlen($message['body']);
    }
}

function mail_transport(Repository $config): SmtpTransport
{
    static $transports = [];
    $driver = $config->get('mail.driver');
    return $transports[$driver] ??= new SmtpTransport($config->get('mail.host'), $config->get('mail.port'), $config->get('mail.from'));
}

function send_order_confirmation(Repository $config, array $job): int
{
    $message = [
        'from' => sprintf($config->get('mail.from_pattern'), $job['shop']),
        'to' => $job['email'],
        'body' => "Thanks for order {$job['order']}",
    ];
    return mail_transport($config)->send($message);
}

$config = new Repository([
    'mail.driver' => 'smtp',
    'mail.host' => 'smtp.mailrelay.internal',
    'mail.port' => 587,
    'mail.from' => 'orders@shop.example.com',
    'mail.from_pattern' => 'orders+%s@shop.example.com',
]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    send_order_confirmation($config, ['shop' => "boutique{$i}", 'email' => "buyer{$i}@example.net", 'order' => "SO-{$i}"]);
}
