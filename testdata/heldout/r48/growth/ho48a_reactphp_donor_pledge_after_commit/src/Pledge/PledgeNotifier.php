<?php

namespace App\Pledge;

use React\EventLoop\Loop;

/**
 * Runs side effects after the pledge is accepted, on the next loop tick,
 * so the HTTP response is not held up by SMTP or the lobby screen.
 */
final class PledgeNotifier
{
    /** @var list<\Closure> */
    private array $afterCommit = [];
    private int $ran = 0;

    public function __construct(
        private readonly ReceiptMailer $mailer,
        private readonly DonorWall $wall,
    ) {
    }

    public function pledged(Pledge $pledge): void
    {
        $this->afterCommit = array_merge( // leak
            $this->afterCommit,
            $this->receiptCallbacks($pledge),
            $this->wallCallbacks($pledge),
        );
        Loop::futureTick($this->runAfterCommit(...));
    }

    private function receiptCallbacks(Pledge $pledge): array
    {
        return [
            fn () => $this->mailer->send(
                $pledge->email,
                'Thank you for supporting ' . $pledge->campaign,
                sprintf("Dear %s,\n\nWe received your pledge of £%.2f.\n\n%s", $pledge->donor, $pledge->amountPence / 100, $pledge->message),
            ),
        ];
    }

    private function wallCallbacks(Pledge $pledge): array
    {
        return [
            \Closure::bind(function () use ($pledge): void {
                $this->latest = $pledge->donor . ' — ' . $pledge->campaign;
            }, $this->wall, DonorWall::class),
        ];
    }

    private function runAfterCommit(): void
    {
        $count = count($this->afterCommit);
        for (; $this->ran < $count; $this->ran++) {
            ($this->afterCommit[$this->ran])();
        }
    }
}
