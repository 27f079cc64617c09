<?php

namespace Crew\Http;

use Crew\Roster\Fleet;
use Crew\Roster\RosterRepository;

final class RosterController
{
    public function __construct(private RosterRepository $rosters)
    {
    }

    public function __invoke(): string
    {
        $staffNo = preg_replace('/\D/', '', $_GET['staff'] ?? '');
        $from = $_GET['from'] ?? gmdate('Y-m-d', $_SERVER['REQUEST_TIME']);
        $to = $_GET['to'] ?? $from;
        $fleet = Fleet::tryFrom($_GET['fleet'] ?? '') ?? Fleet::A320;

        $duties = $this->rosters->dutiesFor($staffNo, $from, $to);
        $quals = $this->rosters->qualificationsFor($fleet);

        return json_encode([
            'staff' => $staffNo,
            'base' => $_SERVER['HTTP_X_CREW_BASE'],
            'fleet' => $fleet->value,
            'duties' => $duties,
            'qualifications' => $quals,
        ]);
    }
}
