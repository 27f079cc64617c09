<?php
// A queue worker's mailer memoizes transports in a function static keyed by the sender address, built from $config->get('mail.from_pattern') and the job's shop, so every shop adds a transport.

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
        return strlen($this->sender) + strlen($message['body']);
    }
}

function mail_transport(Repository $config, string $sender): SmtpTransport
{
    static $transports = [];
    return $transports[$sender] ??= new SmtpTransport($config->get('mail.host'), $config->get('mail.port'), $sender); // leak
}

function send_order_confirmation(Repository $config, array $job): int
{
    $sender = sprintf($config->get('mail.from_pattern'), $job['shop']);
    $message = [
        'to' => $job['email'],
        'body' => "Thanks for order {$job['order']}",
    ];
    return mail_transport($config, $sender)->send($message);
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
