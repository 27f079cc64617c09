<?php
// A courier dispatcher tries up to three couriers per job: each offer is
// tracked, pushed, and resolved again in every case of the push's
// outcome, an enum the switch covers whole: nothing stays tracked.

enum Outcome
{
    case Accepted;
    case Declined;
    case Expired;
}

final class PendingOffers
{
    private SplObjectStorage $offers;

    public function __construct()
    {
        $this->offers = new SplObjectStorage();
    }

    public function track(object $offer): void
    {
        $this->offers->attach($offer);
    }

    public function resolve(object $offer): void
    {
        $this->offers->detach($offer);
    }
}

final class Dispatcher
{
    public function __construct(private PendingOffers $pending)
    {
    }

    public function dispatch(string $job): ?object
    {
        for ($attempt = 1; $attempt <= 3; $attempt++) {
            $offer = (object) ['job' => $job, 'attempt' => $attempt];
            $this->pending->track($offer);
            switch ($this->push($offer)) {
                case Outcome::Accepted:
                    $this->pending->resolve($offer);
                    return $offer;
                case Outcome::Declined:
                    $this->pending->resolve($offer);
                    break;
                case Outcome::Expired:
                    $this->pending->resolve($offer);
                    break;
            }
        }

        return null;
    }

    private function push(object $offer): Outcome
    {
        return [Outcome::Declined, Outcome::Expired, Outcome::Accepted][$offer->attempt - 1];
    }
}

$dispatcher = new Dispatcher(new PendingOffers());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $dispatcher->dispatch(str_repeat('job', 200) . $i);
}
