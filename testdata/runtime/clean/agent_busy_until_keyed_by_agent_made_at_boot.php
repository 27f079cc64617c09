<?php
// A support desk worker assigns each ticket to the next agent on shift.
// The agents are made when the worker starts (a setup loop over the
// roster size), and each assignment records, per agent id, when the agent
// is busy until: one entry per agent, however many tickets come.

final class Agent
{
    public function __construct(public readonly string $id, public readonly string $queue)
    {
    }
}

final class Roster
{
    /** @var list<Agent> */
    private array $agents = [];
    private int $next = 0;

    public function add(Agent $agent): void
    {
        $this->agents[] = $agent;
    }

    public function nextAgent(): Agent
    {
        return $this->agents[$this->next++ % count($this->agents)];
    }
}

final class Assigner
{
    /** @var array<string, int> */
    private array $busyUntil = [];

    public function __construct(private Roster $roster)
    {
    }

    public function assign(array $ticket): string
    {
        $agent = $this->roster->nextAgent();
        $this->busyUntil[$agent->id] = $ticket['at'] + 600;

        return $agent->id;
    }
}

$roster = new Roster();
for ($a = 0; $a < 12; $a++) {
    $roster->add(new Agent(sprintf('agent-%02d', $a), $a % 2 ? 'billing' : 'tech'));
}
$assigner = new Assigner($roster);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $assigner->assign(['id' => 'T-' . (500000 + $i), 'at' => 1700000000 + $i * 30, 'subject' => str_repeat('help ', 140)]);
}
