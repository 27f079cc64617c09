<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\AssignmentNote;
use App\Services\AdjusterRoster;
use App\Services\AssignmentNotes;
use Illuminate\Http\Request;

final class AssignAdjusterController
{
    public function __construct(
        private readonly AdjusterRoster $roster,
        private readonly AssignmentNotes $notes,
    ) {
    }

    public function __invoke(Request $request): array
    {
        $claim = (string) $request->input('claim_number');
        $region = (string) $request->input('region', 'midwest');
        $line = (string) $request->input('line', 'property');

        $adjuster = $this->roster->leastLoaded($region, $line);
        if ($adjuster === null) {
            return ['status' => 409, 'error' => "no adjuster licensed for {$line} in {$region}"];
        }
        $adjuster->openFiles++;

        $reason = sprintf(
            'Assigned %s (%s) to claim %s: least loaded licensed %s adjuster in %s with %d open files; loss description: %s',
            $adjuster->name,
            $adjuster->id,
            $claim,
            $line,
            $region,
            $adjuster->openFiles,
            (string) $request->input('description', ''),
        );
        $bag = $this->notes->for($adjuster);
        $bag->append(new AssignmentNote($claim, $adjuster->id, $reason, new \DateTimeImmutable('@' . (1700000000 + $adjuster->openFiles)))); // leak

        if ($adjuster->openFiles % 25 === 0) {
            $adjuster->openFiles -= 20;
        }

        return ['status' => 201, 'adjuster' => $adjuster->id, 'notes' => count($bag)];
    }
}
