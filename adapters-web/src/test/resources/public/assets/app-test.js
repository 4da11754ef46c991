console.log("turgus test app");
