<?php

namespace App\Jobs;

use App\Domain\DiaryEntryFactory;
use App\Domain\SiteDiary;
use App\Services\DiaryArchive;
use Illuminate\Contracts\Queue\ShouldQueue;

final class RecordSiteDiaryJob implements ShouldQueue
{
    public function __construct(
        public string $siteCode,
        public string $date,
        public string $weather,
        public array $rows,
    ) {
    }

    public function handle(DiaryArchive $archive, DiaryEntryFactory $factory): void
    {
        $diary = new SiteDiary($this->siteCode, $this->date, $this->weather, $factory);
        foreach ($this->rows as $row) {
            $diary->record($row);
        }
        $archive->store($diary);
    }
}
