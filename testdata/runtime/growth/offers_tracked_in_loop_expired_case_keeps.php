<?php
// A courier dispatcher tries up to three couriers per job: each offer is
// tracked and pushed, and resolved again when accepted or declined;
// an offer that expired stays tracked, one per job that runs out.

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
        $this->offers->attach($offer); // leak
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
