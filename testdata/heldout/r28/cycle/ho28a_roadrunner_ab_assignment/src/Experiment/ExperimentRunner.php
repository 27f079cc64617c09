<?php

namespace App\Experiment;

final class ExperimentRunner
{
    /** @var Experiment[] */
    private array $experiments = [];
    private int $exposures = 0;

    public function register(Experiment $experiment): void
    {
        $this->experiments[$experiment->key] = $experiment;
    }

    public function enroll(Visitor $visitor): AssignmentCollection
    {
        foreach ($this->experiments as $experiment) {
            $visitor->assignments->add($experiment->assign($visitor));
        }

        return $visitor->assignments;
    }

    public function track(AssignmentCollection $assignments): string
    {
        $events = [];
        foreach ($assignments as $assignment) {
            $events[] = $assignment->toExposureEvent();
            $this->exposures++;
        }

        return json_encode($events);
    }
}
