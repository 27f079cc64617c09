<?php

namespace App\Controller;

use App\Roster\ShiftRoster;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

// GET /pantries/{pantry}/roster?date=...: the volunteer shifts of one pantry day.
final class ShiftRosterController
{
    private const ROLES = ['intake desk', 'sorting line', 'client shopping guide', 'loading dock'];

    public function __construct(private array $volunteers)
    {
    }

    public function __invoke(Request $request): JsonResponse
    {
        $pantryId = (int) $request->attributes['pantry'];
        $roster = new ShiftRoster($pantryId, $request->query['date'] ?? date('Y-m-d'));
        foreach (self::ROLES as $i => $role) {
            $volunteer = $this->volunteers[($pantryId + $i) % count($this->volunteers)];
            $roster->addSlot($volunteer, $role, sprintf('%02d:00', 8 + 2 * $i), sprintf('%02d:30', 10 + 2 * $i));
        }

        return new JsonResponse([
            'pantry' => $pantryId,
            'date' => $roster->date,
            'hours' => $roster->hoursCovered(),
            'shifts' => array_map(fn ($slot) => $slot->label(), $roster->slots()),
        ]);
    }
}
