<?php
// An audit observer attaches itself to the form it watches and keeps the form.

final class FormSubject implements SplSubject
{
    private SplObjectStorage $observers;
    public array $data = [];

    public function __construct(public readonly string $name)
    {
        $this->observers = new SplObjectStorage();
    }

    public function attach(SplObserver $observer): void { $this->observers->attach($observer); } // leak
    public function detach(SplObserver $observer): void { $this->observers->detach($observer); }

    public function notify(): void
    {
        foreach ($this->observers as $observer) {
            $observer->update($this);
        }
    }

    public function submit(array $data): void
    {
        $this->data = $data;
        $this->notify();
    }
}

final class ChangeAuditor implements SplObserver
{
    private array $changes = [];

    public function __construct(private FormSubject $form) // leak
    {
        $form->attach($this); // leak
    }

    public function update(SplSubject $subject): void
    {
        $this->changes[] = json_encode($this->form->data);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $form = new FormSubject('checkout');
    new ChangeAuditor($form);
    $form->submit(['email' => "buyer{$i}@shop.test", 'comment' => str_repeat('please gift wrap ', 12)]);
}
unset($form);
