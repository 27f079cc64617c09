<?php

namespace App\Intake;

use Closure;

final class PageFilterFactory
{
    /** @param list<string> $blankPageTemplates OCR text of cover sheets and blank separator pages */
    public function __construct(
        private PageFingerprinter $fingerprinter,
        private array $blankPageTemplates,
    ) {
    }

    /**
     * Returns a filter that drops blank separators and pages that were
     * scanned twice.
     *
     * @return Closure(string, array<int, string>): array<int, string>
     */
    public function duplicatePageFilter(): Closure
    {
        $seen = $this->knownBlankPages();
        $fingerprinter = $this->fingerprinter;

        return static function (string $documentId, array $pages) use (&$seen, $fingerprinter): array {
            $kept = [];
            foreach ($pages as $number => $text) {
                $fingerprint = $fingerprinter->fingerprint($text);
                if (isset($seen[$fingerprint])) {
                    continue;
                }
                $seen[$fingerprint] = sprintf('%s#p%d first seen %s', $documentId, $number, date(DATE_ATOM)); // leak
                $kept[$number] = $text;
            }

            return $kept;
        };
    }

    /** @return array<string, string> */
    private function knownBlankPages(): array
    {
        $known = [];
        foreach ($this->blankPageTemplates as $i => $template) {
            $known[$this->fingerprinter->fingerprint($template)] = "template#{$i}";
        }

        return $known;
    }
}
