<?php
// Transactional-mail queue consumer that keeps a window of recent delivery outcomes for its circuit breaker.

final class DeliveryOutcome
{
    public function __construct(
        public readonly string $messageId,
        public readonly string $recipient,
        public readonly bool $ok,
        public readonly string $smtpTranscript,
    ) {}
}

final class CircuitBreaker
{
    private const WINDOW = 100;

    /** @var DeliveryOutcome[] */
    private array $outcomes = [];

    public function recordSuccess(DeliveryOutcome $outcome): void
    {
        $this->outcomes[] = $outcome; // leak
    }

    public function recordFailure(DeliveryOutcome $outcome): void
    {
        $this->outcomes[] = $outcome;
        if (count($this->outcomes) > self::WINDOW) {
            array_shift($this->outcomes);
        }
    }

    public function isOpen(): bool
    {
        $failed = count(array_filter($this->outcomes, fn (DeliveryOutcome $o) => !$o->ok));
        return $failed > 20;
    }
}

final class SmtpTransport
{
    public function send(string $to, string $subject): string
    {
        return "250 2.0.0 OK queued as " . md5($to . $subject) . "\r\n" . str_repeat('EHLO mx.example.net 250-PIPELINING 250-SIZE 35882577 ', 8);
    }
}

final class MailConsumer
{
    public function __construct(private SmtpTransport $transport, private CircuitBreaker $breaker) {}

    public function consume(array $message): void
    {
        if ($this->breaker->isOpen()) {
            return;
        }
        $transcript = $this->transport->send($message['to'], $message['subject']);
        $outcome = new DeliveryOutcome($message['id'], $message['to'], str_starts_with($transcript, '250'), $transcript);
        $outcome->ok ? $this->breaker->recordSuccess($outcome) : $this->breaker->recordFailure($outcome);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new MailConsumer(new SmtpTransport(), new CircuitBreaker());

for ($i = 0; $i < $n; $i++) {
    $consumer->consume(['id' => 'msg-' . $i, 'to' => "user{$i}@example.org", 'subject' => 'Your receipt #' . (70000 + $i)]);
}
