<?php
// A helpdesk app inserts ticket escalations into a global SplPriorityQueue; the dashboard only counts them.

$escalations = new SplPriorityQueue();
$escalations->setExtractFlags(SplPriorityQueue::EXTR_BOTH);

function escalate(array $ticket, int $severity): void
{
    global $escalations;
    $escalations->insert($ticket, [$severity, -$ticket['opened']]); // leak
}

function dashboardBadge(): string
{
    global $escalations;
    return count($escalations) . ' escalated';
}

function handleTicketReply(int $ticketId, string $customerText): void
{
    $ticket = ['id' => $ticketId, 'opened' => 1700000000 + $ticketId, 'last_reply' => $customerText];
    if (str_contains($customerText, 'urgent')) {
        escalate($ticket, 3);
    }
    dashboardBadge();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handleTicketReply($i, 'This is urgent, the checkout is down. ' . str_repeat('Please help! ', 55));
}
