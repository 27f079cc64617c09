<?php

// A mail queue consumer reaches its audit trail through a static service
// locator: factories registered at boot, each made on first use and kept.
// The audit trail keeps an entry per message sent, for the whole run.

declare(strict_types=1);

final class Services
{
    /** @var array<string, \Closure> */
    private static array $factories = [];

    /** @var array<string, object> */
    private static array $made = [];

    public static function define(string $id, \Closure $factory): void
    {
        self::$factories[$id] = $factory;
    }

    public static function get(string $id): object
    {
        return self::$made[$id] ??= (self::$factories[$id])();
    }
}

final class AuditTrail
{
    /** @var list<array{to: string, subject: string, at: int}> */
    private array $sent = [];

    public function sent(string $to, string $subject): void
    {
        $this->sent[] = ['to' => $to, 'subject' => $subject, 'at' => time()]; // leak
    }
}

final class Mailer
{
    public function send(array $message): void
    {
        // … hand the message to the SMTP relay …
        Services::get(AuditTrail::class)->sent($message['to'], $message['subject']);
    }
}

Services::define(AuditTrail::class, static fn () => new AuditTrail());
Services::define(Mailer::class, static fn () => new Mailer());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = ['to' => "customer{$i}@example.org", 'subject' => 'Your order #' . (10000 + $i) . ' has shipped ' . str_repeat('.', 400)];
    Services::get(Mailer::class)->send($message);
}
