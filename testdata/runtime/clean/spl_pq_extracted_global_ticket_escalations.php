<?php
// A helpdesk app inserts ticket escalations into a global SplPriorityQueue; the on-call router extracts them every request.

$escalations = new SplPriorityQueue();
$escalations->setExtractFlags(SplPriorityQueue::EXTR_BOTH);

function escalate(array $ticket, int $severity): void
{
    global $escalations;
    $escalations->insert($ticket, [$severity, -$ticket['opened']]);
}

function routeEscalations(): int
{
    global $escalations;
    $routed = 0;
    while ($escalations->valid()) {
        $escalations->extract();
        $routed++;
    }
    return $routed;
}

function handleTicketReply(int $ticketId, string $customerText): void
{
    $ticket = ['id' => $ticketId, 'opened' => 1700000000 + $ticketId, 'last_reply' => $customerText];
    if (str_contains($customerText, 'urgent')) {
        escalate($ticket, 3);
    }
    routeEscalations();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handleTicketReply($i, 'This is urgent, the checkout is down. ' . str_repeat('Please help! ', 55));
}
