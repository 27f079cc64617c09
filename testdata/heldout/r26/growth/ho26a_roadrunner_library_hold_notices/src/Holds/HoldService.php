<?php

namespace App\Holds;

final class HoldService
{
    /** @var array<string, int> title id => current queue length, refreshed from the ILS at boot */
    private array $queueLengths;

    public function __construct(private HoldNotifier $notifier, private array $catalogue, array $queueLengths)
    {
        $this->queueLengths = $queueLengths;
    }

    public function place(string $card, string $email, string $titleId, string $branch, \DateTimeImmutable $at): int
    {
        $title = $this->catalogue[$titleId] ?? 'Unknown title';
        $position = ($this->queueLengths[$titleId] ?? 0) + 1;

        $this->notifier->notify(new HoldNotice(
            $card,
            $email,
            $title,
            $branch,
            $position,
            $this->renderBody($card, $title, $branch, $position, $at),
            $at,
        ));

        return $position;
    }

    private function renderBody(string $card, string $title, string $branch, int $position, \DateTimeImmutable $at): string
    {
        return sprintf(
            "Library card %s\n\nYour hold on \"%s\" was placed on %s.\nYou are number %d in the queue. "
            . "We will let you know when it is ready to collect from %s.\n"
            . "Holds not collected within 7 days are released to the next patron.\n",
            $card,
            $title,
            $at->format('D j M Y H:i'),
            $position,
            $branch,
        );
    }
}
