<?php

require __DIR__ . '/vendor/octane/Worker.php';
require __DIR__ . '/src/GrantApplication.php';
require __DIR__ . '/src/SectionCollection.php';
require __DIR__ . '/src/ApplicationSection.php';
require __DIR__ . '/src/ApplicationAssembler.php';
require __DIR__ . '/src/DraftController.php';

use App\Grants\ApplicationAssembler;
use App\Grants\DraftController;
use Laravel\Octane\Stub\Request;
use Laravel\Octane\Stub\Worker;

$deadlines = [
    'ARTS' => new DateTimeImmutable('2026-03-31 17:00:00'),
    'YOUTH' => new DateTimeImmutable('2026-02-14 17:00:00'),
    'HERITAGE' => new DateTimeImmutable('2026-06-30 17:00:00'),
];
$controller = new DraftController(new ApplicationAssembler($deadlines), new DateTimeImmutable('2026-01-20 09:00:00'));
$worker = new Worker(fn (Request $r) => $controller->saveDraft($r));

$programs = array_keys($deadlines);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('POST', '/grants/drafts', [
        'program' => $programs[$i % count($programs)],
        'draft_id' => 40000 + $i,
        'organisation' => 'Riverside Community Trust ' . ($i % 37),
        'sections' => [
            'applicant' => ['Contact: coordinator' . $i . '@riverside.example', 'Charity no. ' . (1100000 + $i)],
            'narrative' => [str_repeat('We will run weekly literacy sessions for families. ', 4) . $i],
            'budget' => ['Venue hire ' . ($i * 3 % 900), 'Materials ' . ($i % 250), 'Volunteer expenses ' . ($i % 120)],
            'outcomes' => ['Participants ' . (20 + $i % 60), 'Reading age uplift measured termly'],
        ],
    ]);
    $worker->handle($request);
}
