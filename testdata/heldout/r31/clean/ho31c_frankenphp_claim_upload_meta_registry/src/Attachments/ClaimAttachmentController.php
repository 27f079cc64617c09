<?php

namespace App\Attachments;

final class ClaimAttachmentController
{
    /** @var array<string, int> */
    private array $bytesByKind = [];

    public function __construct(private AttachmentInspector $inspector)
    {
    }

    public function upload(string $uri, array $post, array $files): array
    {
        $claimNumber = $this->claimNumberFrom($uri);
        $accepted = [];

        foreach ($files as $category => $file) {
            $document = UploadedClaimDocument::fromFilesEntry($claimNumber, $category, $file);
            $this->inspector->inspect($document);
            $accepted[] = $this->store($document, $post['note'] ?? '');
        }

        return ['claim' => $claimNumber, 'stored' => $accepted];
    }

    private function store(UploadedClaimDocument $document, string $note): string
    {
        $meta = UploadMetadataRegistry::metaFor($document);
        if ($meta['oversized'] ?? false) {
            return 'rejected:' . $document->clientFilename;
        }
        $this->bytesByKind[$meta['kind']] = ($this->bytesByKind[$meta['kind']] ?? 0) + $document->size;

        return $meta['storage_key'] . ($note !== '' ? ' (' . strlen($note) . ' chars note)' : '');
    }

    private function claimNumberFrom(string $uri): string
    {
        if (!preg_match('#^/claims/([A-Z0-9-]+)/attachments$#', $uri, $m)) {
            throw new \InvalidArgumentException("Unroutable upload URI $uri");
        }

        return $m[1];
    }
}
