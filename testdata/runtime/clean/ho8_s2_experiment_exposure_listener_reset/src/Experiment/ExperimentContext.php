<?php
namespace App\Experiment;

use Symfony\Contracts\Service\ResetInterface;

final class Exposure
{
    public function __construct(public readonly string $experiment, public readonly string $variant, public readonly string $visitor, public readonly string $payload) {}
}

final class ExperimentContext implements ResetInterface
{
    /** @var list<Exposure> */
    private array $exposures = [];

    public function expose(Exposure $exposure): void
    {
        $this->exposures[] = $exposure;
    }

    public function variant(string $experiment): string
    {
        foreach ($this->exposures as $exposure) {
            if ($exposure->experiment === $experiment) {
                return $exposure->variant;
            }
        }
        return 'control';
    }

    public function reset(): void
    {
        $this->exposures = [];
    }
}
