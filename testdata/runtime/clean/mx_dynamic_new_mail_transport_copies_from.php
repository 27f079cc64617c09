<?php
// A mailer registers a transport by class name given by the caller (new $transportClass($this)); the constructor only copies the sender address.

interface Transport
{
    public function send(string $to, string $body): string;
}

final class SmtpTransport implements Transport
{
    private string $from;

    public function __construct(Mailer $mailer)
    {
        $this->from = $mailer->from;
    }

    public function send(string $to, string $body): string
    {
        return "SMTP FROM:<{$this->from}> TO:<{$to}>\r\n\r\n" . $body;
    }
}

final class SesTransport implements Transport
{
    private string $from;

    public function __construct(Mailer $mailer)
    {
        $this->from = $mailer->from;
    }

    public function send(string $to, string $body): string
    {
        return "SES Source={$this->from} Destination={$to} Body=" . $body;
    }
}

final class Mailer
{
    /** @var array<string, Transport> */
    private array $transports = [];
    private string $default = '';
    public ?string $lastSent = null;

    public function __construct(public readonly string $from) {}

    public function useTransport(string $name, string $transportClass): void
    {
        $this->transports[$name] = new $transportClass($this);
        $this->default = $name;
    }

    public function send(string $to, string $body): string
    {
        return $this->lastSent = $this->transports[$this->default]->send($to, $body);
    }
}

function sendWelcome(int $i): string
{
    $mailer = new Mailer('noreply@shop.example');
    $mailer->useTransport('smtp', SmtpTransport::class);
    return $mailer->send("user{$i}@example.com", str_repeat('Welcome to the shop! ', 35));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    sendWelcome($i);
}
