<?php

declare(strict_types=1);

namespace App\Smtp;

interface ConnectionInterface
{
    public function write(string $data): void;

    public function remoteAddress(): string;
}

final class FakeSocket implements ConnectionInterface
{
    public int $bytesOut = 0;

    public function __construct(private readonly string $remote)
    {
    }

    public function write(string $data): void
    {
        $this->bytesOut += strlen($data);
    }

    public function remoteAddress(): string
    {
        return $this->remote;
    }
}

/** Splits the inbound byte stream into SMTP command lines and hands them to its session. */
final class CommandParser
{
    private string $buffer = '';

    /** @var \WeakReference<Session> */
    private readonly \WeakReference $session;

    public function __construct(Session $session)
    {
        $this->session = \WeakReference::create($session);
    }

    public function feed(string $chunk): void
    {
        $this->buffer .= $chunk;
        while (($pos = strpos($this->buffer, "\r\n")) !== false) {
            $line = substr($this->buffer, 0, $pos);
            $this->buffer = substr($this->buffer, $pos + 2);
            $this->session->get()?->command($line);
        }
    }
}

final class Session
{
    private CommandParser $parser;

    private ?string $helo = null;

    /** @var list<string> */
    private array $recipients = [];

    private string $transcript = '';

    public bool $closed = false;

    public function __construct(
        public readonly string $id,
        private readonly ConnectionInterface $connection,
    ) {
        $this->parser = new CommandParser($this);
        $this->reply(220, 'mx.example.test ESMTP ready');
    }

    public function onData(string $chunk): void
    {
        $this->transcript .= $chunk;
        $this->parser->feed($chunk);
    }

    public function command(string $line): void
    {
        [$verb, $arg] = array_pad(explode(' ', $line, 2), 2, '');
        match (strtoupper($verb)) {
            'EHLO', 'HELO' => $this->greet($arg),
            'RCPT' => $this->addRecipient($arg),
            'QUIT' => $this->quit(),
            default => $this->reply(250, 'OK'),
        };
    }

    private function greet(string $host): void
    {
        $this->helo = $host;
        $this->reply(250, "mx.example.test greets {$host}");
    }

    private function addRecipient(string $arg): void
    {
        $this->recipients[] = trim(substr($arg, 3), '<> ');
        $this->reply(250, 'Accepted');
    }

    private function quit(): void
    {
        $this->reply(221, 'Bye');
        $this->closed = true;
    }

    private function reply(int $code, string $text): void
    {
        $this->connection->write("{$code} {$text}\r\n");
    }
}

final class SmtpServer
{
    /** @var array<string, Session> */
    private array $sessions = [];

    private int $served = 0;

    public function accept(ConnectionInterface $connection): Session
    {
        $session = new Session(bin2hex(random_bytes(6)), $connection);

        return $this->sessions[$session->id] = $session;
    }

    public function data(Session $session, string $chunk): void
    {
        $session->onData($chunk);
        if ($session->closed) {
            unset($this->sessions[$session->id]);
            $this->served++;
        }
    }
}

// ReactPHP loop stand-in: each iteration is one inbound connection delivering a short transaction.
$server = new SmtpServer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $session = $server->accept(new FakeSocket('192.0.2.' . ($i % 200) . ':' . (40000 + $i)));
    $server->data($session, "EHLO relay{$i}.example.net\r\nMAIL FROM:<bounce+{$i}@lists.example.net>\r\n");
    $server->data($session, "RCPT TO:<alice{$i}@example.test>\r\nRCPT TO:<bob{$i}@example.test>\r\n");
    $server->data($session, "DATA\r\nSubject: digest {$i}\r\n" . str_repeat("line of newsletter body text {$i}\r\n", 6) . ".\r\nQUIT\r\n");
}
