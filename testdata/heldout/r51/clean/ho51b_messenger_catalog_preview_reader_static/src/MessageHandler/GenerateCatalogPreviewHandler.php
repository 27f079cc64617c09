<?php
namespace App\MessageHandler;

use App\Import\CsvBatchReader;
use App\Import\PreviewStore;
use App\Message\GenerateCatalogPreview;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'supplier_uploads')]
final class GenerateCatalogPreviewHandler
{
    public function __construct(
        private PreviewStore $previews,
        private int $previewRows,
        private string $delimiter,
    ) {
    }

    public function __invoke(GenerateCatalogPreview $message): int
    {
        $reader = new CsvBatchReader($message->csv, $this->delimiter);
        $rows = [];
        foreach ($reader->rows() as $row) {
            $rows[] = $row;
            if (count($rows) >= $this->previewRows) {
                break;
            }
        }
        $this->previews->put($message->supplierId, $message->uploadId, $reader->header(), $rows);
        return count($rows);
    }
}
