<?php

namespace Illuminate\Mail;

use Illuminate\Events\Dispatcher;
use Illuminate\Mail\Events\MessageSent;

abstract class Mailable
{
    /** @var list<string> */
    public array $to = [];

    abstract public function envelopeSubject(): string;

    abstract public function render(): string;

    /** @return array<string, string> */
    public function headers(): array
    {
        return [];
    }
}

final class SentMessage
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $messageId,
        public readonly array $to,
        public readonly string $subject,
        public readonly array $headers,
        public readonly int $size,
    ) {
    }
}

final class PendingMail
{
    /** @param list<string> $to */
    public function __construct(private Mailer $mailer, private array $to)
    {
    }

    public function send(Mailable $mailable): SentMessage
    {
        $mailable->to = $this->to;

        return $this->mailer->send($mailable);
    }
}

class Mailer
{
    private int $sequence = 0;

    public function __construct(private string $transport, private Dispatcher $events, private string $fromDomain)
    {
    }

    public function to(string|array $recipients): PendingMail
    {
        return new PendingMail($this, (array) $recipients);
    }

    public function send(Mailable $mailable): SentMessage
    {
        $body = $mailable->render();
        $messageId = sprintf('%s.%d@%s', bin2hex(random_bytes(10)), ++$this->sequence, $this->fromDomain);
        $message = new SentMessage($messageId, $mailable->to, $mailable->envelopeSubject(), $mailable->headers(), strlen($body));
        // the SMTP/API transport would deliver $body here
        $this->events->dispatch(new MessageSent($message, $this->transport));

        return $message;
    }
}
