<?php

namespace App\Holds;

final class HoldService
{
    /** @var array<string, int> queue length per branch, fixed branch list */
    private array $queueLength = ['central' => 0, 'north' => 0, 'harbour' => 0];

    public function __construct(private HoldNoticeBuffer $notices)
    {
    }

    public function place(string $patronId, string $isbn, string $branch): int
    {
        $position = ++$this->queueLength[$branch];
        $this->notices->push(
            new HoldNotice(
                $patronId,
                $isbn,
                $branch,
                $position,
                sprintf('Hold placed on %s at %s library', $isbn, ucfirst($branch)),
                $this->renderBody($patronId, $isbn, $branch, $position),
            ),
            $position === 1 ? 'sms' : 'email',
        );

        return $position;
    }

    private function renderBody(string $patronId, string $isbn, string $branch, int $position): string
    {
        $lines = [
            "Dear patron {$patronId},",
            "your hold on the title with ISBN {$isbn} has been placed at the {$branch} branch.",
            "You are number {$position} in the queue. We will notify you when a copy is on the hold shelf.",
            'Items on the hold shelf are kept for seven days; after that the hold passes to the next patron.',
            'You can suspend or cancel this hold at any time from your account page or at any service desk.',
            'Reference: ' . hash('sha256', $patronId . $isbn . $branch . $position),
            'Branch opening hours and accessibility information: https://library.example.org/branches/' . $branch,
        ];

        return implode("\n", $lines);
    }
}
