<?php

declare(strict_types=1);

namespace App\Http;

use App\Auth\GateFacade as Gate;
use App\Models\Document;

final class DocumentIndexController
{
    /** @param list<Document> $documents @return list<array<string, mixed>> */
    public function __invoke(array $documents): array
    {
        $rows = [];
        foreach ($documents as $document) {
            if (!Gate::allows('view', $document)) {
                continue;
            }
            $rows[] = [
                'id' => $document->id,
                'title' => $document->title,
                'can_edit' => Gate::allows('update', $document),
            ];
        }

        return $rows;
    }
}
