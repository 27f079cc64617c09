<?php

namespace App\Collection;

final class ImportArtworkRecordHandler
{
    public function __construct(private readonly SearchIndexBuffer $index)
    {
    }

    public function __invoke(ImportArtworkRecord $record): void
    {
        $this->index->add([
            'id' => $record->accession,
            'title' => $record->title,
            'artist' => $record->artist,
            'medium' => $record->medium,
            'body' => $record->description,
            'suggest' => strtolower($record->artist . ' ' . $record->title),
        ]);
    }
}
