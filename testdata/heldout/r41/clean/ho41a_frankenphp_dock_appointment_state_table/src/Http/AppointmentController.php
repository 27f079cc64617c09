<?php

namespace App\Http;

use App\Dock\DockScheduler;

final class AppointmentController
{
    public function __construct(private DockScheduler $scheduler)
    {
    }

    public function __invoke(string $uri, array $post): string
    {
        if (!preg_match('#^/docks/(\d+)/appointments$#', $uri, $m)) {
            return json_encode(['error' => 'not found']);
        }

        $appointment = $this->scheduler->book($post, (int) $m[1]);
        $this->scheduler->simulateTurnaround($appointment);

        return json_encode([
            'door' => $appointment->door,
            'trailer' => $appointment->trailer,
            'state' => $appointment->state,
            'timeline' => $appointment->timestamps,
        ]);
    }
}
