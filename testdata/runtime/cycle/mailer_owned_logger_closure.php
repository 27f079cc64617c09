<?php
// A mailer creates its own logger whose sink is a closure writing into the mailer's transcript.

final class CallbackLogger
{
    public function __construct(private Closure $sink) {} // leak

    public function info(string $message, array $context = []): void
    {
        ($this->sink)('[info] ' . strtr($message, $context));
    }
}

final class SmtpMailer
{
    private CallbackLogger $logger;
    private string $transcript = '';

    public function __construct(private string $host)
    {
        $this->logger = new CallbackLogger(function (string $line): void { // leak
            $this->transcript .= $line . "\n";
        });
    }

    public function send(string $to, string $subject, string $body): bool
    {
        $this->logger->info('Connecting to {host}', ['{host}' => $this->host]);
        $this->logger->info('RCPT TO {to}', ['{to}' => $to]);
        $this->logger->info('DATA {bytes} bytes', ['{bytes}' => (string) strlen($body)]);
        $this->logger->info('> {preview}', ['{preview}' => substr($body, 0, 400)]);
        return $subject !== '';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $mailer = new SmtpMailer('smtp.internal');
    $mailer->send("user{$i}@example.org", 'Your receipt', str_repeat('Thanks for shopping with us. ', 20));
}
unset($mailer);
