"""Finding: the stages, each one public function from a segmented document to the records it finds."""
