<?php

namespace App\Jobs;

use App\Sleep\Epoch;
use App\Sleep\SleepSegmentPublisher;
use App\Sleep\SleepStager;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;

/**
 * Watches upload overnight data in 8-minute chunks (16 epochs) once the
 * phone app syncs in the morning.
 */
class AnalyzeSleepChunk implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 3;

    public function __construct(
        public string $athleteId,
        public string $nightOf,
        public int $chunk,
        public array $epochs,
    ) {
    }

    public function handle(SleepStager $stager, SleepSegmentPublisher $publisher): void
    {
        $epochs = array_map([Epoch::class, 'fromArray'], $this->epochs);
        $minutes = $stager->stage($epochs);
        $publisher->publish($this->athleteId, $this->nightOf, $this->chunk, $minutes);
    }
}
