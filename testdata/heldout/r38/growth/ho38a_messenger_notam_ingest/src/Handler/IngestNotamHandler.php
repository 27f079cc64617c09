<?php

namespace App\Handler;

use App\Message\IngestNotam;
use App\Notam\BriefingStore;
use App\Notam\FirFilter;
use App\Notam\Notam;
use App\Notam\NotamParser;

final class IngestNotamHandler
{
    /** NOTAMs being processed, reported by the SIGTERM handler on shutdown. */
    private \SplObjectStorage $inFlight;

    /** Acknowledgements for the AFTN switch, drained after each message. */
    private \SplQueue $acks;

    public function __construct(
        private NotamParser $parser,
        private FirFilter $filter,
        private BriefingStore $briefing,
    ) {
        $this->inFlight = new \SplObjectStorage();
        $this->acks = new \SplQueue();
    }

    public function __invoke(IngestNotam $message): string
    {
        $notam = $this->parser->parse($message->raw);
        $this->track($notam, $message);

        if (!$this->filter->accepts($notam)) {
            return 'skipped';
        }

        match ($notam->type) {
            'NOTAMC' => $this->briefing->withdraw($notam),
            default => $this->briefing->publish($notam),
        };
        $this->acks->enqueue(sprintf('ACK %s %s', $notam->id, $message->source));
        $this->flushAcks();
        $this->finish($notam);

        return 'published';
    }

    public function pendingIds(): array
    {
        $ids = [];
        foreach ($this->inFlight as $notam) {
            $ids[] = $notam->id;
        }
        return $ids;
    }

    private function track(Notam $notam, IngestNotam $message): void
    {
        $this->inFlight->attach($notam, ['source' => $message->source, 'since' => $message->receivedAt]); // leak
    }

    private function finish(Notam $notam): void
    {
        $this->inFlight->detach($notam);
    }

    private function flushAcks(): void
    {
        while (!$this->acks->isEmpty()) {
            $this->acks->dequeue();
        }
    }
}
