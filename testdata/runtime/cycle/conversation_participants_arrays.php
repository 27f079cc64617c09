<?php
// A support chat keeps its participants in an array; each participant keeps its conversations in an array too.

final class Participant
{
    /** @var array<string, Conversation> */
    public array $conversations = [];

    public function __construct(public readonly string $handle, public readonly string $status) {}
}

final class Conversation
{
    /** @var array<string, Participant> */
    private array $participants = [];
    /** @var list<string> */
    public array $messages = [];

    public function __construct(public readonly string $id) {}

    public function join(Participant $participant): void
    {
        $this->participants[$participant->handle] = $participant;
        $participant->conversations[$this->id] = $this; // leak
    }

    public function say(string $handle, string $text): void
    {
        if (isset($this->participants[$handle])) {
            $this->messages[] = "{$handle}: {$text}";
        }
    }
}

function openSupportChat(int $ticket): int
{
    $chat = new Conversation('ticket-' . $ticket);
    $chat->join(new Participant("customer{$ticket}", str_repeat('online ', 40)));
    $chat->join(new Participant('agent-7', 'available'));
    $chat->say('agent-7', 'Hello, how can we help with ticket ' . $ticket . '?');
    return count($chat->messages);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    openSupportChat($i);
}
