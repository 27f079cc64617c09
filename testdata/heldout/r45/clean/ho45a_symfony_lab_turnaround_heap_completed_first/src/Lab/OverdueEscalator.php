<?php

declare(strict_types=1);

namespace App\Lab;

final class OverdueEscalator
{
    private int $paged = 0;

    public function __construct(private readonly string $pagerChannel)
    {
    }

    public function escalate(TurnaroundDeadline $deadline, int $now): void
    {
        $text = sprintf('[%s] %s is %d h overdue, ordered by %s', $this->pagerChannel, $deadline->summary, intdiv($now - $deadline->dueAt, 3600), $deadline->orderingClinician);
        $this->paged += strlen($text) > 0 ? 1 : 0;
    }
}
