<?php

declare(strict_types=1);

namespace App\Pharmacy;

final class NewRxMessage
{
    public function __construct(
        public readonly string $messageId,
        public readonly string $pharmacyNcpdp,
        public readonly string $prescriberNpi,
        public readonly string $drugNdc,
        public readonly string $drugDescription,
        public readonly string $sig,
        public readonly int $quantity,
        public readonly int $refills,
    ) {
    }

    public function toXml(): string
    {
        return sprintf(
            '<Message><Header><MessageID>%s</MessageID><To Qualifier="P">%s</To><From Qualifier="D">%s</From></Header>'
            . '<Body><NewRx><MedicationPrescribed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode>%s</ProductCode></DrugCoded>'
            . '<Quantity><Value>%d</Value></Quantity><Sig><SigText>%s</SigText></Sig><NumberOfRefills>%d</NumberOfRefills></MedicationPrescribed></NewRx></Body></Message>',
            $this->messageId,
            $this->pharmacyNcpdp,
            $this->prescriberNpi,
            htmlspecialchars($this->drugDescription),
            $this->drugNdc,
            $this->quantity,
            htmlspecialchars($this->sig),
            $this->refills,
        );
    }
}
