<?php

namespace App\Http;

use App\Documents\LegalHoldRegistry;
use App\Documents\RecentUploads;
use App\Logging\MatterContextProcessor;
use Monolog\Lite\Logger;

final class UploadDocumentAction
{
    public function __construct(
        private Logger $logger,
        private MatterContextProcessor $matterContext,
        private LegalHoldRegistry $holds,
        private RecentUploads $recent,
    ) {
    }

    public function __invoke(array $post, string $requestId): array
    {
        $matter = strtoupper(trim($post['matter']));
        $documentId = $post['document_id'];

        $this->matterContext->enter($this->frameFor($matter, $documentId, $post, $requestId));
        $this->logger->info('document upload received', ['bytes' => (int) $post['size']]);

        if ($this->holds->blocksNewVersions($matter, $documentId)) {
            $this->logger->warning('new version refused: matter under legal hold');

            return ['status' => 423, 'error' => 'matter is under legal hold'];
        }

        $this->recent->remember(['matter' => $matter, 'document' => $documentId, 'title' => $post['title']]);
        $this->logger->info('document stored');
        $this->matterContext->leave();

        return ['status' => 201, 'document' => $documentId];
    }

    private function frameFor(string $matter, string $documentId, array $post, string $requestId): array
    {
        return [
            'matter' => $matter,
            'document' => $documentId,
            'title' => $post['title'],
            'uploaded_by' => $post['uploaded_by'],
            'description' => $post['description'],
            'request_id' => $requestId,
        ];
    }
}
