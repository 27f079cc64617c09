<?php

namespace App\Jobs;

use App\Records\PersonalRecordDetector;
use App\Workouts\FitSummaryDecoder;
use App\Workouts\WorkoutFeedPublisher;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;

class ProcessWorkoutUpload implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 5;

    public function __construct(public array $summary)
    {
    }

    public function handle(FitSummaryDecoder $decoder, PersonalRecordDetector $records, WorkoutFeedPublisher $publisher): void
    {
        $workout = $decoder->decode($this->summary);
        $highlights = $records->detect($workout);
        $publisher->publish($workout, $highlights);
    }
}
