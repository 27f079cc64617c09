<?php

declare(strict_types=1);

namespace Illuminate\Mail;

final class Message
{
    public array $to = [];
    public string $subject = '';
    public string $html = '';
    public array $attachments = [];

    public function to(string $address, ?string $name = null): static
    {
        $this->to[] = ['address' => $address, 'name' => $name];

        return $this;
    }

    public function subject(string $subject): static
    {
        $this->subject = $subject;

        return $this;
    }

    public function html(string $html): static
    {
        $this->html = $html;

        return $this;
    }

    public function attachData(string $data, string $name): static
    {
        $this->attachments[] = ['data' => $data, 'name' => $name];

        return $this;
    }
}

interface Transport
{
    public function send(Message $message): void;
}

final class SmtpTransport implements Transport
{
    public int $delivered = 0;

    public function __construct(private readonly string $host, private readonly int $port)
    {
    }

    public function send(Message $message): void
    {
        $this->delivered++;
    }
}

/**
 * Keeps messages in memory so they can be delivered after the work that
 * produced them is done.
 */
final class MemorySpool implements Transport
{
    /** @var list<Message> */
    private array $messages = [];

    public function send(Message $message): void
    {
        $this->messages[] = $message; // leak
    }

    public function flushQueue(Transport $transport): int
    {
        $count = 0;
        while ($message = array_shift($this->messages)) {
            $transport->send($message);
            $count++;
        }

        return $count;
    }
}

final class Mailer
{
    public function __construct(private readonly Transport $transport, private readonly array $from)
    {
    }

    public function send(Message $message): void
    {
        $this->transport->send($message);
    }
}
